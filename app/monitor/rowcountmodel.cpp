#include "rowcountmodel.h"

namespace shuriken {

RowCountModel::RowCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RowCountModel::~RowCountModel() = default;

void RowCountModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == m_source)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_source = source;
    m_rows = sourceRows();
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::rowsInserted, this, &RowCountModel::follow),
            connect(source, &M::rowsRemoved, this, &RowCountModel::follow),
            connect(source, &M::layoutChanged, this, &RowCountModel::follow),
            connect(source, &M::modelReset, this,
                    [this] {
                        beginResetModel();
                        m_rows = sourceRows();
                        endResetModel();
                    }),
            connect(source, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_rows = 0;
                        endResetModel();
                    }),
        };
    }
    endResetModel();
}

int RowCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant RowCountModel::data(const QModelIndex &index, int role) const
{
    Q_UNUSED(index);
    Q_UNUSED(role);
    return {};
}

QVariant RowCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    QAbstractItemModel *source = m_source.data();
    if (orientation != Qt::Vertical || !source || section < 0 || section >= source->rowCount())
        return {};
    return source->headerData(section, orientation, role);
}

int RowCountModel::sourceRows() const
{
    const QAbstractItemModel *source = m_source.data();
    return source ? source->rowCount() : 0;
}

void RowCountModel::follow()
{
    const int rows = sourceRows();
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows && !m_syncQueued) {
        m_syncQueued = true;
        QMetaObject::invokeMethod(this, &RowCountModel::sync, Qt::QueuedConnection);
    }
}

void RowCountModel::sync()
{
    m_syncQueued = false;
    const int rows = sourceRows();
    if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    } else {
        follow();
    }
}

} // namespace shuriken
