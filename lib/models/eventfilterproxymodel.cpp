#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

namespace shuriken {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
}

EventFilterProxyModel::~EventFilterProxyModel() = default;

void EventFilterProxyModel::setPattern(const QString &pattern)
{
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    rebuild();
}

void EventFilterProxyModel::setPatternSyntax(PatternSyntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    rebuild();
}

void EventFilterProxyModel::setCaseSensitivity(Qt::CaseSensitivity sensitivity)
{
    if (sensitivity == m_caseSensitivity)
        return;
    m_caseSensitivity = sensitivity;
    rebuild();
}

void EventFilterProxyModel::setColumn(int column)
{
    column = std::max(column, int(AllColumns));
    if (column == m_column)
        return;
    m_column = column;
    invalidateFilter();
}

void EventFilterProxyModel::rebuild()
{
    m_patternError.clear();
    m_regex = QRegularExpression();
    if (m_syntax == PatternSyntax::RegularExpression && !m_pattern.isEmpty()) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (m_caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        m_regex = QRegularExpression(m_pattern, options);
        if (!m_regex.isValid())
            m_patternError = tr("%1 (at position %2)").arg(m_regex.errorString()).arg(m_regex.patternErrorOffset());
        else
            m_regex.optimize();
    }
    invalidateFilter();
}

bool EventFilterProxyModel::matches(const QString &text) const
{
    if (m_syntax == PatternSyntax::RegularExpression)
        return m_regex.match(text).hasMatch();
    return text.contains(m_pattern, m_caseSensitivity);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_pattern.isEmpty() || !m_patternError.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount(sourceParent);
    const int first = m_column == AllColumns ? 0 : m_column;
    const int last = m_column == AllColumns ? columns - 1 : std::min(m_column, columns - 1);
    for (int column = first; column <= last; ++column) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        QVariant value = index.data(EventTableModel::FullTextRole);
        if (!value.isValid())
            value = index.data(Qt::DisplayRole);
        if (matches(value.toString()))
            return true;
    }
    return false;
}

} // namespace shuriken
