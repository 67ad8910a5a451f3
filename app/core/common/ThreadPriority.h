#pragma once

namespace ichq {

// Makes the calling thread, and the threads it starts from now on, yield the processor to the
// window: painting, input and the article engine come before a refresh's parsing, sanitizing
// and storing. The work still uses any processor time nobody else wants.
void lowerCurrentThreadPriority();

} // namespace ichq
