#include "AddressPolicy.h"

namespace ichq {

namespace {

bool inRange(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 ip4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

bool isNonPublicIp4(quint32 a)
{
    static const struct
    {
        quint32 network;
        int prefix;
    } ranges[] = {
        {ip4(0, 0, 0, 0), 8},      // "this network", unspecified
        {ip4(10, 0, 0, 0), 8},     // private
        {ip4(100, 64, 0, 0), 10},  // carrier-grade NAT
        {ip4(127, 0, 0, 0), 8},    // loopback
        {ip4(169, 254, 0, 0), 16}, // link-local
        {ip4(172, 16, 0, 0), 12},  // private
        {ip4(192, 0, 0, 0), 24},   // IETF protocol assignments
        {ip4(192, 168, 0, 0), 16}, // private
        {ip4(198, 18, 0, 0), 15},  // benchmarking
        {ip4(224, 0, 0, 0), 4},    // multicast
        {ip4(240, 0, 0, 0), 4},    // reserved, broadcast
    };
    for (const auto &range : ranges) {
        if (inRange(a, range.network, range.prefix))
            return true;
    }
    return false;
}

quint32 embeddedIp4(const Q_IPV6ADDR &bytes)
{
    return quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 |
           quint32(bytes[15]);
}

bool isNonPublicIp6(const Q_IPV6ADDR &b)
{
    bool zeroesTo10 = true; // ::/80: unspecified, loopback, IPv4-compatible, IPv4-mapped
    for (int i = 0; i < 10; ++i)
        zeroesTo10 = zeroesTo10 && b[i] == 0;
    if (zeroesTo10 && b[10] == 0xff && b[11] == 0xff) // ::ffff:a.b.c.d
        return isNonPublicIp4(embeddedIp4(b));
    if (zeroesTo10 && b[10] == 0 && b[11] == 0) // ::, ::1 and the deprecated ::a.b.c.d
        return true;
    // 64:ff9b::/96, NAT64: the IPv4 address it stands for decides.
    static const quint8 nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    bool isNat64 = true;
    for (int i = 0; i < 12; ++i)
        isNat64 = isNat64 && b[i] == nat64[i];
    if (isNat64)
        return isNonPublicIp4(embeddedIp4(b));
    return (b[0] & 0xfe) == 0xfc                      // fc00::/7 unique local
           || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10 link-local
           || (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
           || b[0] == 0xff;                           // multicast
}

} // namespace

bool isNonPublicAddress(const QHostAddress &address)
{
    bool isIp4 = false;
    const quint32 v4 = address.toIPv4Address(&isIp4); // also unwraps ::ffff:a.b.c.d
    if (isIp4)
        return isNonPublicIp4(v4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return isNonPublicIp6(address.toIPv6Address());
    return true; // not an address we can judge: not public
}

} // namespace ichq
