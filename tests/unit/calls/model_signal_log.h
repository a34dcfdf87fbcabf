#pragma once
// Records every structural and data signal of a model, so tests can say exactly what was emitted.

#include <QAbstractItemModel>
#include <QList>
#include <QObject>
#include <QString>

namespace moderato::test {

class ModelSignalLog : public QObject
{
public:
    struct Change
    {
        QString kind; //!< "removed", "inserted", "changed", "reset", "layout", "moved"
        int first = -1;
        int last = -1;
        int firstColumn = -1;
        int lastColumn = -1;
        QList<int> roles;
    };

    static Change make(const QString &kind, int first = -1, int last = -1)
    {
        Change change;
        change.kind = kind;
        change.first = first;
        change.last = last;
        return change;
    }

    explicit ModelSignalLog(QAbstractItemModel *model)
        : QObject(model)
    {
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            changes.append(make(QStringLiteral("removed"), first, last));
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            changes.append(make(QStringLiteral("inserted"), first, last));
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                    Change change = make(QStringLiteral("changed"), tl.row(), br.row());
                    change.firstColumn = tl.column();
                    change.lastColumn = br.column();
                    change.roles = roles;
                    changes.append(change);
                });
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] { changes.append(make(QStringLiteral("reset"))); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { changes.append(make(QStringLiteral("layout"))); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { changes.append(make(QStringLiteral("moved"))); });
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this] { changes.append(make(QStringLiteral("columns"))); });
        connect(model, &QAbstractItemModel::columnsRemoved, this,
                [this] { changes.append(make(QStringLiteral("columns"))); });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this] { changes.append(make(QStringLiteral("header"))); });
    }

    int count(const QString &kind) const
    {
        return int(std::count_if(changes.cbegin(), changes.cend(), [&](const Change &c) { return c.kind == kind; }));
    }

    QList<Change> changes;
};

} // namespace moderato::test
