#pragma once

#include "common/DataPaths.h"

namespace ichq {
class Database;
class ImageCache;
class NetworkStatus;
class Settings;
} // namespace ichq

namespace ichq::ui {

// The services the window works with, all owned by the caller (runReaderApp or a test) and
// living in the UI thread. Passed in, never looked up: tests build their own.
struct ReaderContext
{
    Database &database;
    ImageCache &images;
    Settings &settings;
    NetworkStatus &network;
    DataPaths paths;
};

} // namespace ichq::ui
