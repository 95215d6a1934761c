#pragma once

#include <QSortFilterProxyModel>

namespace shuriken {

/// Filters the catalog tree by text: a stream matches when its id, description or a filter
/// name contains the text (case-insensitive); namespaces stay visible while a stream below
/// matches (recursive filtering).
class CatalogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxyModel)

public:
    explicit CatalogFilterProxyModel(QObject *parent = nullptr);
    ~CatalogFilterProxyModel() override;

    QString filterText() const { return m_text; }

public Q_SLOTS:
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace shuriken
