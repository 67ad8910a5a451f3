#include "ArticleProfile.h"

#include "ArticleContent.h"
#include "RequestInterceptor.h"
#include "SchemeHandler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace ichq::web {

namespace {

struct ProfileParts
{
    QPointer<QWebEngineProfile> profile;
    QPointer<SchemeHandler> handler;
    QPointer<RequestInterceptor> interceptor;
};

ProfileParts &parts()
{
    static ProfileParts p;
    return p;
}

void harden(QWebEngineSettings *s)
{
    using S = QWebEngineSettings;
    // Off: anything that runs code, stores data, reaches out or opens windows.
    for (const S::WebAttribute off : {S::JavascriptEnabled,
                                      S::JavascriptCanOpenWindows,
                                      S::JavascriptCanAccessClipboard,
                                      S::JavascriptCanPaste,
                                      S::LocalStorageEnabled,
                                      S::PluginsEnabled,
                                      S::LocalContentCanAccessFileUrls,
                                      S::LocalContentCanAccessRemoteUrls,
                                      S::DnsPrefetchEnabled,
                                      S::AutoLoadIconsForPage,
                                      S::TouchIconsEnabled,
                                      S::FullScreenSupportEnabled,
                                      S::ScreenCaptureEnabled,
                                      S::WebGLEnabled,
                                      S::Accelerated2dCanvasEnabled,
                                      S::PdfViewerEnabled,
                                      S::HyperlinkAuditingEnabled,
                                      S::ErrorPageEnabled,
                                      S::AllowRunningInsecureContent,
                                      S::AllowGeolocationOnInsecureOrigins,
                                      S::AllowWindowActivationFromJavaScript,
                                      S::NavigateOnDropEnabled,
                                      S::XSSAuditingEnabled}) {
        s->setAttribute(off, false);
    }
    // On: what reading needs.
    for (const S::WebAttribute on :
         {S::AutoLoadImages, S::PrintElementBackgrounds, S::PlaybackRequiresUserGesture,
          S::WebRTCPublicInterfacesOnly, S::ScrollAnimatorEnabled}) {
        s->setAttribute(on, true);
    }
    // A mailto: or tel: link never launches a helper by itself; ArticlePage decides.
    s->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

// Runs in ~QCoreApplication before Qt WebEngine's own clean-up (post routines run newest
// first, and WebEngine registers its routine when the first profile is made), so the profile
// goes while the engine still exists and after every window, and so every page, is gone.
void destroyProfile()
{
    delete parts().profile.data();
}

QWebEngineProfile *createProfile()
{
    // No storage name: off the record, nothing written to disk.
    auto *profile = new QWebEngineProfile(QCoreApplication::instance());
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    harden(profile->settings());

    auto *handler = new SchemeHandler(profile);
    profile->installUrlSchemeHandler(schemeName().toLatin1(), handler);
    auto *interceptor = new RequestInterceptor(profile);
    profile->setUrlRequestInterceptor(interceptor);

    parts().handler = handler;
    parts().interceptor = interceptor;
    static bool routineAdded = false;
    if (!routineAdded) {
        qAddPostRoutine(destroyProfile);
        routineAdded = true;
    }
    return profile;
}

} // namespace

QWebEngineProfile *ArticleProfile::instance()
{
    Q_ASSERT_X(QCoreApplication::instance(), "ArticleProfile", "needs the QApplication");
    if (!parts().profile)
        parts().profile = createProfile();
    return parts().profile;
}

bool ArticleProfile::exists()
{
    return !parts().profile.isNull();
}

SchemeHandler *ArticleProfile::schemeHandler()
{
    instance();
    return parts().handler;
}

int ArticleProfile::blockedRequestCount()
{
    return parts().interceptor ? parts().interceptor->blockedCount() : 0;
}

} // namespace ichq::web
