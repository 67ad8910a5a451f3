#pragma once

#include "NetworkStatus.h"
#include "ReaderContext.h"
#include "common/DataPaths.h"
#include "outbox/Outbox.h"
#include "privacy/ConsentState.h"
#include "store/Database.h"

#include <memory>

class QNetworkAccessManager;

namespace ichq {
class ImageCache;
class MessageSender;
class Settings;
} // namespace ichq

namespace ichq::ui {

// Everything one run of the reader window works with, built on one data folder. Destroying it
// closes the databases and the settings file, which "delete my data" needs before it erases.
class ReaderServices
{
public:
    explicit ReaderServices(const DataPaths &paths);
    ~ReaderServices();
    ReaderServices(const ReaderServices &) = delete;
    ReaderServices &operator=(const ReaderServices &) = delete;

    bool open(QString *error = nullptr);
    ReaderContext context();

    Database &database() { return m_database; }
    NetworkStatus &network() { return m_network; }
    Settings &settings() { return *m_settings; }

private:
    DataPaths m_paths;
    Database m_database;
    NetworkStatus m_network;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<ConsentState> m_consent;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_manager; // owns m_cookies
    CookieJar *m_cookies = nullptr;
    std::unique_ptr<MessageSender> m_sender;
};

} // namespace ichq::ui
