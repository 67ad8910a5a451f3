#pragma once

#include <QHostAddress>

#include <functional>

namespace ichq {

// True for the addresses a request made on a feed's say must not reach unless the feed itself
// lives there: loopback, private (RFC 1918), link-local, CGNAT (100.64/10), unspecified,
// "this network", benchmarking, multicast, reserved and broadcast, and their IPv6 forms (::1,
// ::, fc00::/7, fe80::/10, multicast), IPv4-mapped and NAT64-embedded IPv4 included.
bool isNonPublicAddress(const QHostAddress &address);

// Decides which addresses count as non-public; tests inject their own.
using AddressClassifier = std::function<bool(const QHostAddress &)>;

} // namespace ichq
