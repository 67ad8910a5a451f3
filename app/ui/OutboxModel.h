#pragma once

#include "outbox/Outbox.h"

#include <QAbstractTableModel>
#include <QUrl>

namespace ichq::ui {

// mailto:<to>?subject=…&body=… for a message the site refused: the user's mail client takes
// over. Every character of subject and body is percent-encoded (line breaks as %0D%0A, as
// RFC 6068 asks), so "&", "=", "+" and "#" in the text cannot break the URL.
QUrl mailtoUrl(const QString &to, const MessageDraft &content);

// The outbox as a table: state, subject, created, last error; newest first. Rows are the
// Outbox's own values; reload() reads them again.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, SubjectColumn, CreatedColumn, ErrorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit OutboxModel(Outbox &outbox, QObject *parent = nullptr);

    void reload();
    std::optional<OutboxMessage> messageAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const OutboxMessage &message);

private:
    QVariant display(const OutboxMessage &message, int column) const;

    Outbox &m_outbox;
    QList<OutboxMessage> m_rows;
};

} // namespace ichq::ui
