#pragma once
// A data-driven test's columns in one statement:
//     testing::addColumns<QString, bool>({"url", "accepted"});
// declares the same columns, in the same order, as one QTest::addColumn per type.
#include <QTest>

#include <array>
#include <cstddef>

namespace testing {

template<typename... Types>
void addColumns(const std::array<const char *, sizeof...(Types)> &names)
{
    std::size_t column = 0;
    (QTest::addColumn<Types>(names[column++]), ...);
}

} // namespace testing
