#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace ichq::html {

// gumbo makes thousands of small allocations per document and frees them one by one; malloc
// and free were a fifth of the sanitizer's time. A bump arena released in one go after the
// walk removes that cost. gumbo grows buffers by allocate-copy-free, so the arena holds at
// most a small multiple of what gumbo needs at its peak. Shared by the sanitizer and the
// article extractor: set GumboOptions::allocator/deallocator to these and userdata to the arena,
// and never call gumbo_destroy_output (the arena frees every node at once).
class GumboArena
{
public:
    static void *allocate(void *userdata, size_t size)
    {
        return static_cast<GumboArena *>(userdata)->take(size);
    }
    static void deallocate(void *, void *) {}

private:
    static constexpr size_t kBlockSize = 64 * 1024;
    static constexpr size_t kAlign = alignof(std::max_align_t);

    void *take(size_t size)
    {
        size = (size + kAlign - 1) & ~(kAlign - 1);
        if (size > m_left) {
            const size_t blockSize = std::max(size, kBlockSize);
            // new[] without (): the memory is not zeroed, gumbo initializes what it uses.
            m_blocks.emplace_back(new std::max_align_t[blockSize / kAlign]);
            m_next = reinterpret_cast<char *>(m_blocks.back().get());
            m_left = blockSize;
        }
        void *result = m_next;
        m_next += size;
        m_left -= size;
        return result;
    }

    std::vector<std::unique_ptr<std::max_align_t[]>> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

} // namespace ichq::html
