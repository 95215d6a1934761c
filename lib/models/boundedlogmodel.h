#pragma once

#include <QAbstractTableModel>

namespace shuriken {

/// The window every log model of the debugger shares: rows oldest first, at most capacity() of
/// them, the oldest let go to make room and counted. A subclass keeps its rows in its own
/// container (its row type is its own business) and gives the window three hooks on it; it adds
/// rows only through appendRows(), so every append removes the overflow in one beginRemoveRows
/// range and inserts what it keeps in one beginInsertRows range.
class BoundedLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedLogModel)

public:
    ~BoundedLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;

    int capacity() const { return m_capacity; }
    /// At least 1. Shrinking lets the oldest overflow rows go in one range.
    void setCapacity(int capacity);
    /// Rows the window let go since the last clear(), including rows of a batch bigger than the
    /// window that never got in.
    quint64 letGoCount() const { return m_letGo; }

public Q_SLOTS:
    /// Removes every row; the let-go count restarts at zero.
    void clear();

Q_SIGNALS:
    /// Rows left the window, or clear() restarted the count; carries the new letGoCount().
    void letGoCountChanged(quint64 letGo);

protected:
    explicit BoundedLogModel(int capacity, QObject *parent = nullptr);

    /// Appends the items [0, count) of a batch: the window's overflow is removed in one range,
    /// then @p pushBack(i) is called, in order, for each item the window keeps (the last
    /// capacity() of them), inside one insert range.
    template<typename PushBack>
    void appendRows(qsizetype count, PushBack &&pushBack)
    {
        if (count <= 0)
            return;
        const qsizetype first = beginAppend(count);
        for (qsizetype i = first; i < count; ++i)
            pushBack(i);
        endAppend();
    }

    /// The rows the subclass holds.
    virtual int storedRowCount() const = 0;
    /// Drops the @p count oldest rows; called inside a remove range.
    virtual void eraseOldestRows(int count) = 0;
    /// Drops every row and whatever belongs to them; called inside a model reset.
    virtual void eraseAllRows() = 0;

private:
    /// Removes the overflow and opens the insert range; returns the first item of the batch kept.
    qsizetype beginAppend(qsizetype count);
    void endAppend();
    void countLetGo(quint64 count);

    int m_capacity;
    quint64 m_letGo = 0;
    quint64 m_pendingLetGo = 0; // between beginAppend() and endAppend()
};

} // namespace shuriken
