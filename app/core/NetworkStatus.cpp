#include "NetworkStatus.h"

#include "RefreshTypes.h"

#include <QNetworkInformation>

namespace ichq {

NetworkStatus::NetworkStatus(QObject *parent) : QObject(parent)
{
    if (QNetworkInformation::loadDefaultBackend() ||
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        if (info && info->supports(QNetworkInformation::Feature::Reachability)) {
            const auto apply = [this](QNetworkInformation::Reachability reachability) {
                // Unknown means "cannot tell": do not claim to be offline on a guess.
                setSystemReachable(reachability != QNetworkInformation::Reachability::Disconnected);
            };
            apply(info->reachability());
            connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
        }
    }
}

bool NetworkStatus::isOnline() const
{
    return m_online;
}

void NetworkStatus::setForcedOffline(bool forced)
{
    m_forcedOffline = forced;
    update();
}

void NetworkStatus::setSystemReachable(bool reachable)
{
    m_systemReachable = reachable;
    update();
}

void NetworkStatus::reportRefresh(const RefreshReport &report)
{
    if (report.feeds.isEmpty())
        return;
    m_serversUnreachable = std::all_of(report.feeds.cbegin(), report.feeds.cend(),
                                       [](const FeedOutcome &feed) { return feed.unreachable; });
    update();
}

void NetworkStatus::update()
{
    const bool online = !m_forcedOffline && m_systemReachable && !m_serversUnreachable;
    if (online == m_online)
        return;
    m_online = online;
    m_offlineSince = online ? QDateTime() : QDateTime::currentDateTimeUtc();
    emit onlineChanged(online);
}

} // namespace ichq
