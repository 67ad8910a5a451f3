#pragma once

#include "store/Database.h"

#include <QSqlQuery>

#include <utility>

namespace ichq::test {

// Another connection in a write transaction on the store, as the refresh thread holds one while
// it stores a feed: the window's writes meet a busy store until release().
class RefreshWriteLock
{
public:
    explicit RefreshWriteLock(const QString &path)
    {
        m_held =
            m_db.open(path) && QSqlQuery(m_db.connection()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    bool isHeld() const { return m_held; }
    bool release()
    {
        if (!std::exchange(m_held, false))
            return false;
        return QSqlQuery(m_db.connection()).exec(QStringLiteral("COMMIT"));
    }

private:
    Database m_db;
    bool m_held = false;
};

} // namespace ichq::test
