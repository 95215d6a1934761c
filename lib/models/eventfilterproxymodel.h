#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace shuriken {

/// Filters an EventTableModel by plain text or a regular expression, in every column or one.
/// Matching uses EventTableModel::FullTextRole (full addresses, exact decimals) and falls back
/// to the display text for other source models; sorting uses EventTableModel::SortRole.
/// An empty or invalid pattern accepts every row (patternError() says what is wrong, so the
/// view can mark the field instead of showing an empty table).
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxyModel)

public:
    enum class PatternSyntax
    {
        PlainText,
        RegularExpression,
    };
    Q_ENUM(PatternSyntax)

    static constexpr int AllColumns = -1;

    explicit EventFilterProxyModel(QObject *parent = nullptr);
    ~EventFilterProxyModel() override;

    QString pattern() const { return m_pattern; }
    PatternSyntax patternSyntax() const { return m_syntax; }
    Qt::CaseSensitivity caseSensitivity() const { return m_caseSensitivity; }
    /// A source column, or AllColumns.
    int column() const { return m_column; }
    /// Empty when the pattern is usable.
    QString patternError() const { return m_patternError; }

public Q_SLOTS:
    void setPattern(const QString &pattern);
    void setPatternSyntax(shuriken::EventFilterProxyModel::PatternSyntax syntax);
    void setCaseSensitivity(Qt::CaseSensitivity sensitivity);
    void setColumn(int column);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuild();
    bool matches(const QString &text) const;

    QString m_pattern;
    PatternSyntax m_syntax = PatternSyntax::PlainText;
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseInsensitive;
    int m_column = AllColumns;
    QRegularExpression m_regex;
    QString m_patternError;
};

} // namespace shuriken
