#pragma once

#include <QtGlobal>

namespace ichq {

// How long the store keeps what it downloaded, and how much room the photos may take. Starred
// articles are always kept. Set in Settings; applied by StoreCleaner after each refresh and by
// --cleanup.
struct RetentionPolicy
{
    static constexpr int kDefaultKeepDays = 90;
    static constexpr qint64 kGiB = qint64(1) << 30;
    static constexpr qint64 kDefaultPhotoBytes = 2 * kGiB;

    int keepDays = kDefaultKeepDays;             // 0: forever
    qint64 photoBytesLimit = kDefaultPhotoBytes; // 0: no limit
};

} // namespace ichq
