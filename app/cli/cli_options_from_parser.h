#pragma once
// CliOptions from a command's QCommandLineParser, checked as far as can be without the service.

#include "app/cli/cli_options.h"

#include <QCommandLineParser>

namespace moderato::cli {

//! The options of the command that \a parser has parsed (its first positional argument is the
//! command's name); or nothing, with \a problem the one sentence that says what is wrong.
std::optional<CliOptions> optionsFromParser(const QCommandLineParser &parser, QString *problem);

} // namespace moderato::cli
