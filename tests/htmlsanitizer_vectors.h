#pragma once

namespace ichq::test {

// Adds one QTest row per hostile input (column "input", a QString): the OWASP XSS filter
// evasion cheat sheet forms and known mutation-XSS shapes. Call from a _data() function.
void addHostileVectorRows();

} // namespace ichq::test
