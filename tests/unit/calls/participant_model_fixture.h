#pragma once
// A ParticipantModel under observation for the model tests: a Fatal QAbstractItemModelTester, a
// log of its signals, a fixed clock and "home" as the home tenant. Afterwards, a refresh must
// never have reset, re-laid out or moved rows.

#include "core/calls/participant_model.h"

#include "model_signal_log.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

#include <memory>

namespace moderato::test {

//! The base of a model test: a fresh model, checked by QAbstractItemModelTester and logging its
//! signals, for each test function; a reset, layout change or move fails the function.
class ParticipantModelTest : public QObject
{
    Q_OBJECT
protected Q_SLOTS:
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

protected:
    void setUpModel()
    {
        model = std::make_unique<ParticipantModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        log = new ModelSignalLog(model.get());
        now = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        model->setClock([this] { return now; });
        model->setHomeTenantId(QStringLiteral("home"));
    }

    void tearDownModel()
    {
        QCOMPARE(log->count(QStringLiteral("reset")), 0);
        QCOMPARE(log->count(QStringLiteral("layout")), 0);
        QCOMPARE(log->count(QStringLiteral("moved")), 0);
        tester.reset();
        model.reset();
    }

    std::unique_ptr<ParticipantModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ModelSignalLog *log = nullptr; //!< owned by the model
    QDateTime now;
};

} // namespace moderato::test
