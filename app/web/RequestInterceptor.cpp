#include "RequestInterceptor.h"

#include "ArticleContent.h"
#include "WebLogging.h"

namespace ichq::web {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.requestUrl().scheme() == schemeName())
        return;
    info.block(true);
    ++m_blocked;
    qCInfo(lcWeb) << "blocked request" << info.requestUrl().scheme() << info.requestUrl().host()
                  << info.resourceType() << "from" << info.firstPartyUrl();
}

} // namespace ichq::web
