// The sorted order: a compact key per row, how two rows compare, and keeping the order of
// accepted rows as rows arrive and leave.

#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace shuriken {

namespace {

constexpr quint64 SignBit = quint64(1) << 63;
constexpr quint64 AllBits = std::numeric_limits<quint64>::max();

/// The bits of @p value, changed so that they order as unsigned integers the way the doubles
/// order (NaN after +infinity).
quint64 orderedBits(double value)
{
    if (std::isnan(value))
        return AllBits;
    if (value == 0)
        value = 0; // -0 and +0 are equal
    const auto bits = std::bit_cast<quint64>(value);
    return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
}

quint64 orderedBits(qint64 value)
{
    return quint64(value) ^ SignBit;
}

// Two integers (or an integer and a double) with the same nearest double are told apart by how
// far each lies from that double: at most 2^11 either way within 64 bits, so the order is exact
// for every qint64 and quint64 (u64 amounts next to each other do not tie).
constexpr double TwoTo63 = 9223372036854775808.0;
constexpr double TwoTo64 = 18446744073709551616.0;

qint64 offsetFromDouble(qint64 value)
{
    const double nearest = double(value);
    if (nearest >= TwoTo63) // INT64_MAX rounds up to 2^63, which no qint64 holds
        return -qint64(quint64(std::numeric_limits<qint64>::max()) - quint64(value)) - 1;
    return value - qint64(nearest);
}

qint64 offsetFromDouble(quint64 value)
{
    const double nearest = double(value);
    if (nearest >= TwoTo64)
        return -qint64(~value) - 1; // value - 2^64
    const quint64 rounded = quint64(nearest);
    return value >= rounded ? qint64(value - rounded) : -qint64(rounded - value);
}

} // namespace

EventFilterProxyModel::SortKey EventFilterProxyModel::makeKey(int sourceRow) const
{
    SortKey key;
    key.flags = SortKey::Accepted;
    const QVariant value = sourceModel()->index(sourceRow, m_sortColumn).data(EventTableModel::SortRole);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        key.flags |= SortKey::Missing;
        break;
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong: {
        const qint64 integer = value.toLongLong();
        key.high = orderedBits(double(integer));
        key.low = orderedBits(offsetFromDouble(integer));
        break;
    }
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const quint64 integer = value.toULongLong();
        key.high = orderedBits(double(integer));
        key.low = orderedBits(offsetFromDouble(integer));
        break;
    }
    case QMetaType::Float:
    case QMetaType::Double:
        // A double is its own nearest double: offset 0, after the integers just below it.
        key.high = orderedBits(value.toDouble());
        key.low = orderedBits(qint64(0));
        break;
    default: {
        const QString text = value.toString();
        key.flags |= SortKey::Text;
        const qsizetype prefix = std::min<qsizetype>(text.size(), 8);
        for (qsizetype i = 0; i < prefix; ++i) {
            const quint64 unit = text.at(i).unicode();
            (i < 4 ? key.high : key.low) |= unit << (48 - 16 * (i % 4));
        }
        if (text.size() > 8) {
            key.flags |= SortKey::LongText;
            key.tail = quint64(qHash(text, 0)) >> 8;
        }
        break;
    }
    }
    return key;
}

int EventFilterProxyModel::compareAscending(quint64 a, quint64 b) const
{
    const SortKey &x = keyOf(a);
    const SortKey &y = keyOf(b);
    if (((x.flags ^ y.flags) & SortKey::Text) != 0)
        return (x.flags & SortKey::Text) != 0 ? 1 : -1; // numbers before text
    if (x.high != y.high)
        return x.high < y.high ? -1 : 1;
    if (x.low != y.low)
        return x.low < y.low ? -1 : 1;
    if ((x.flags & SortKey::Text) == 0)
        return 0;
    const bool xLong = (x.flags & SortKey::LongText) != 0;
    const bool yLong = (y.flags & SortKey::LongText) != 0;
    if (xLong != yLong)
        return xLong ? 1 : -1; // the same first eight units: the shorter text first
    // Equal hashes of the whole text are taken as equal text (a 56-bit hash: a wrong answer is
    // one chance in 7e16 per comparison), which keeps a column of one repeated long value (a
    // token address) from comparing every pair in full.
    if (!xLong || x.tail == y.tail)
        return 0;
    const QAbstractItemModel *source = sourceModel();
    const QString left = source->index(int(a - m_base), m_sortColumn).data(EventTableModel::SortRole).toString();
    const QString right = source->index(int(b - m_base), m_sortColumn).data(EventTableModel::SortRole).toString();
    const int order = left.compare(right, Qt::CaseSensitive);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

bool EventFilterProxyModel::sortsBefore(quint64 a, quint64 b) const
{
    const bool aMissing = (keyOf(a).flags & SortKey::Missing) != 0;
    const bool bMissing = (keyOf(b).flags & SortKey::Missing) != 0;
    if (aMissing != bMissing)
        return bMissing; // missing values last, in either order
    int order = aMissing ? 0 : compareAscending(a, b);
    if (order == 0)
        order = a < b ? -1 : (a > b ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void EventFilterProxyModel::insertSorted(std::vector<quint64> serials)
{
    const auto before = [this](quint64 a, quint64 b) {
        return sortsBefore(a, b);
    };
    std::sort(serials.begin(), serials.end(), before);
    // Where each new row goes among the old ones (non-decreasing, as the new rows are sorted),
    // then one pass from the back moves every old row at most once, without a second buffer.
    const size_t oldSize = m_order.size();
    std::vector<size_t> at(serials.size());
    size_t from = 0;
    for (size_t i = 0; i < serials.size(); ++i) {
        from = size_t(std::lower_bound(m_order.begin() + std::ptrdiff_t(from), m_order.end(), serials[i], before)
                      - m_order.begin());
        at[i] = from;
    }
    m_order.resize(oldSize + serials.size());
    size_t end = oldSize;
    for (size_t i = serials.size(); i-- > 0;) {
        std::move_backward(m_order.begin() + std::ptrdiff_t(at[i]), m_order.begin() + std::ptrdiff_t(end),
                           m_order.begin() + std::ptrdiff_t(end + i + 1));
        m_order[at[i] + i] = serials[i];
        end = at[i];
    }
}

void EventFilterProxyModel::findEvicted(quint64 firstKept)
{
    // The rows let go are scattered through the sorted order. A batch's worth: find each by
    // binary search, so removing them moves each kept row once; many more: one sweep by serial.
    m_evicted.clear();
    const quint64 count = firstKept - m_base;
    m_sweepEvicted = count >= m_order.size() / 8;
    if (m_sweepEvicted)
        return;
    const auto before = [this](quint64 a, quint64 b) {
        return sortsBefore(a, b);
    };
    for (quint64 serial = m_base; serial < firstKept; ++serial) {
        if ((keyOf(serial).flags & SortKey::Accepted) != 0)
            m_evicted.push_back(
                size_t(std::lower_bound(m_order.begin(), m_order.end(), serial, before) - m_order.begin()));
    }
    std::sort(m_evicted.begin(), m_evicted.end());
}

void EventFilterProxyModel::removeEvicted(quint64 firstKept)
{
    if (m_sweepEvicted) {
        m_order.erase(
            std::remove_if(m_order.begin(), m_order.end(), [firstKept](quint64 serial) { return serial < firstKept; }),
            m_order.end());
    } else if (!m_evicted.empty()) {
        const auto at = [this](size_t position) {
            return m_order.begin() + std::ptrdiff_t(position);
        };
        auto write = at(m_evicted.front());
        for (size_t i = 0; i < m_evicted.size(); ++i) {
            const size_t next = i + 1 < m_evicted.size() ? m_evicted[i + 1] : m_order.size();
            write = std::move(at(m_evicted[i] + 1), at(next), write);
        }
        m_order.erase(write, m_order.end());
    }
    m_evicted.clear();
    m_keys.erase(m_keys.begin(), m_keys.begin() + std::ptrdiff_t(firstKept - m_base));
}

} // namespace shuriken
