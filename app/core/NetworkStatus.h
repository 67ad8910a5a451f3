#pragma once

#include <QDateTime>
#include <QObject>

namespace ichq {

struct RefreshReport;

// Whether the app should consider itself offline: started with --offline, the system says the
// network is gone (QNetworkInformation, where a backend exists), or the last refresh reached no
// server at all. Any refresh that reaches a server clears the last.
class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    explicit NetworkStatus(QObject *parent = nullptr);

    bool isOnline() const;
    bool isForcedOffline() const { return m_forcedOffline; }
    QDateTime offlineSince() const { return m_offlineSince; } // invalid while online

    void setForcedOffline(bool forced);
    void reportRefresh(const ichq::RefreshReport &report);
    // For tests and platforms without a backend.
    void setSystemReachable(bool reachable);

signals:
    void onlineChanged(bool online);

private:
    void update();

    bool m_forcedOffline = false;
    bool m_systemReachable = true;
    bool m_serversUnreachable = false;
    bool m_online = true;
    QDateTime m_offlineSince;
};

} // namespace ichq
