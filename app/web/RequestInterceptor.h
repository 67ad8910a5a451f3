#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace ichq::web {

// The last line of defence: whatever slipped past the sanitizer and the page's CSP, no request
// leaves for any scheme but ichq:. Article pages never touch the network.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.load(); }

private:
    // Qt 6 calls interceptRequest on the UI thread; atomic so tests may read it from anywhere.
    std::atomic<int> m_blocked{0};
};

} // namespace ichq::web
