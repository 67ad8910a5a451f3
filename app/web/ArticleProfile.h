#pragma once

class QWebEngineProfile;

namespace ichq::web {

class SchemeHandler;

// The one hardened, off-the-record profile every article view shares: no JavaScript, no
// storage, no plugins, no persistent cookies or cache, every non-ichq: request blocked.
// Created on first use (after the QApplication exists) and deleted before Qt WebEngine shuts
// down, once every page is gone.
namespace ArticleProfile {

QWebEngineProfile *instance();
bool exists(); // without creating it
SchemeHandler *schemeHandler();
// Requests the interceptor blocked since the profile was created.
int blockedRequestCount();

} // namespace ArticleProfile

} // namespace ichq::web
