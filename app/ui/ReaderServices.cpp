#include "ReaderServices.h"

#include "common/Settings.h"
#include "outbox/MessageSender.h"
#include "privacy/CookieJar.h"
#include "store/ImageCache.h"

#include <QNetworkAccessManager>

namespace ichq::ui {

ReaderServices::ReaderServices(const DataPaths &paths) : m_paths(paths) {}

// The sender goes before the outbox it writes to and the manager it sends with.
ReaderServices::~ReaderServices()
{
    m_sender.reset();
    m_manager.reset();
}

bool ReaderServices::open(QString *error)
{
    if (!m_paths.ensureExists(error) || !m_database.open(m_paths.databaseFile(), error))
        return false;
    m_outbox = std::make_unique<Outbox>(m_paths.outboxFile());
    if (!m_outbox->open(error))
        return false;
    m_images = std::make_unique<ImageCache>(m_database, m_paths.imageDir());
    m_settings = std::make_unique<Settings>(m_paths);
    m_consent = std::make_unique<ConsentState>(*m_settings);
    m_manager = std::make_unique<QNetworkAccessManager>();
    // Cookies reach the disk only once the user agreed; until then they live in memory.
    m_cookies = new CookieJar(m_paths.cookieFile(),
                              m_consent->cookies() == ConsentState::Cookies::Accepted);
    m_manager->setCookieJar(m_cookies);
    m_sender =
        std::make_unique<MessageSender>(*m_outbox, m_manager.get(), m_settings->contactEndpoint());
    // Nothing leaves before the user answered the consent question: MessageController turns
    // the sender online once that is done.
    m_sender->setOnline(false);
    return true;
}

ReaderContext ReaderServices::context()
{
    return ReaderContext{m_database, *m_images, *m_settings, m_network, m_paths,
                         *m_consent, *m_outbox, *m_sender,   *m_cookies};
}

} // namespace ichq::ui
