#pragma once
// Counts a model's structural and data signals, and how many rows the dataChanged ones cover.

#include <QAbstractItemModel>
#include <QObject>

namespace moderato::bench {

class SignalCounter : public QObject
{
public:
    explicit SignalCounter(QAbstractItemModel *model)
        : QObject(model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { ++inserted; });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { ++removed; });
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
            ++changed;
            changedRows += br.row() - tl.row() + 1;
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { ++resets; });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { ++layouts; });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { ++moved; });
    }
    void reset() { inserted = removed = changed = changedRows = resets = layouts = moved = 0; }
    int total() const { return inserted + removed + changed + resets + layouts + moved; }

    int inserted = 0;
    int removed = 0;
    int changed = 0;
    int changedRows = 0; //!< rows covered by the dataChanged signals
    int resets = 0;
    int layouts = 0;
    int moved = 0;
};

} // namespace moderato::bench
