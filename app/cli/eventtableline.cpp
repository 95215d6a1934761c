#include "eventtableline.h"

#include "eventjsonline.h"

namespace shuriken::cli {

QByteArray eventTableLine(const EventFormatter &formatter, const StreamEvent &event)
{
    QByteArray line = formatReceivedAt(event.receivedAtUs).toUtf8() + "  " + event.stream.toUtf8().leftJustified(28)
        + ' ' + event.event.toUtf8().leftJustified(8);
    if (event.parseFailed()) {
        line += "  " + event.row.text().toByteArray() + '\n';
        return line;
    }
    const EventRowView row = event.view();
    for (int column = EventFormatter::LeadingColumnCount; column < formatter.columnCount(); ++column) {
        const QString text = formatter.displayText(row, column);
        if (text.isEmpty())
            continue;
        line += "  " + formatter.header(column).toUtf8() + ": " + text.toUtf8();
    }
    line += '\n';
    return line;
}

} // namespace shuriken::cli
