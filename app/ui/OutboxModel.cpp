#include "OutboxModel.h"

#include "common/DateText.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace ichq::ui {

QUrl mailtoUrl(const QString &to, const MessageDraft &content)
{
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString body = content.message;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body += QStringLiteral("\n\n-- \n") + content.name + QStringLiteral("\n") + content.email;
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QString subject = content.subject.trimmed().isEmpty()
                                ? OutboxModel::tr("Message from iChongqing Reader")
                                : content.subject.trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to);
    // Already encoded: StrictMode keeps every %XX exactly as written.
    url.setQuery(QStringLiteral("subject=") + encode(subject) + QStringLiteral("&body=") +
                     encode(body),
                 QUrl::StrictMode);
    return url;
}

OutboxModel::OutboxModel(Outbox &outbox, QObject *parent)
    : QAbstractTableModel(parent), m_outbox(outbox)
{
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows = m_outbox.all();
    endResetModel();
}

std::optional<OutboxMessage> OutboxModel::messageAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int OutboxModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(const OutboxMessage &message)
{
    switch (message.state) {
    case OutboxMessage::State::Sent:
        return tr("Sent");
    case OutboxMessage::State::Failed:
        return tr("Failed");
    case OutboxMessage::State::Queued:
        break;
    }
    // A queued message that was tried already waits for its next attempt.
    return message.attempts > 0 ? tr("Waiting to retry") : tr("Queued");
}

QVariant OutboxModel::display(const OutboxMessage &message, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(message);
    case SubjectColumn:
        return message.content.subject.isEmpty() ? tr("(no subject)") : message.content.subject;
    case CreatedColumn:
        return listDateText(message.createdAt.toLocalTime());
    case ErrorColumn:
        return message.lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const std::optional<OutboxMessage> message = messageAt(index.row());
    if (!message || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*message, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return message->content.message.left(500);
        return index.column() == ErrorColumn ? message->lastError : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && message->state == OutboxMessage::State::Failed)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == SubjectColumn && message->content.subject.isEmpty())
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case IdRole:
        return message->id;
    case StateRole:
        return int(message->state);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Subject");
    case CreatedColumn:
        return tr("Written");
    case ErrorColumn:
        return tr("Last Error");
    default:
        return {};
    }
}

} // namespace ichq::ui
