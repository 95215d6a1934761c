#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace shuriken {

/// A one-column model with as many rows as another model and nothing else, for a QHeaderView of
/// uniform, fixed-size sections (a table's vertical header): the header only needs the count.
///
/// Why: each row removal costs a QHeaderView work in proportion to all its sections (Qt 6.4:
/// updateHiddenSections() asks isSectionHidden() of every section, and the section positions are
/// recomputed on the next paint). An event window that lets 800 rows go from the front and
/// appends 800 costs its header 2.5M instructions per batch at 100k rows and 32M at 1M rows
/// (callgrind, bench_gui_batchcost): most of the GUI thread's work per batch. A window that keeps
/// its count tells this model's header nothing at all.
///
/// Growth is passed on at once, at the end. A shrink is passed on at the next event-loop pass,
/// unless the source grows back first (the front removal and the append of one batch arrive as
/// two separate changes); until then the header has more sections than the table has rows, and
/// the extra rows paint empty.
class RowCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCountModel)

public:
    explicit RowCountModel(QObject *parent = nullptr);
    ~RowCountModel() override;

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The source's vertical header data, for the rows the source has.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /// Takes the source's row count now, shrink included.
    void sync();

private:
    int sourceRows() const;
    /// Grows now; a shrink waits for sync().
    void follow();

    QPointer<QAbstractItemModel> m_source;
    QList<QMetaObject::Connection> m_connections;
    int m_rows = 0;
    bool m_syncQueued = false;
};

} // namespace shuriken
