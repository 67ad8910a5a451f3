#pragma once

#include "common/DataPaths.h"

namespace ichq {
class ConsentState;
class CookieJar;
class Database;
class ImageCache;
class Language;
class MessageSender;
class NetworkStatus;
class Outbox;
class Settings;
} // namespace ichq

namespace ichq::ui {

// The services the window works with, all owned by the caller (ReaderServices or a test) and
// living in the UI thread. Passed in, never looked up: tests build their own.
struct ReaderContext
{
    Database &database;
    ImageCache &images;
    Settings &settings;
    NetworkStatus &network;
    DataPaths paths;
    ConsentState &consent;
    Outbox &outbox;
    MessageSender &sender;
    CookieJar &cookies;           // the UI thread's jar, the one MessageSender's requests carry
    Language *language = nullptr; // the interface language; null: no switching (some tests)
};

} // namespace ichq::ui
