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
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    // Full-size blocks go back to this thread's spares: a refresh parses hundreds of pages and
    // fragments one after another, and fresh blocks from the system cost a page fault per 4 KB
    // (a twentieth of the extractor's time).
    ~GumboArena()
    {
        std::vector<Block> &spares = spareBlocks();
        for (Block &block : m_blocks) {
            if (block.size == kBlockSize && spares.size() < kMaxSpareBlocks)
                spares.push_back(std::move(block));
        }
    }

    static void *allocate(void *userdata, size_t size)
    {
        return static_cast<GumboArena *>(userdata)->take(size);
    }
    static void deallocate(void *, void *) {}

private:
    static constexpr size_t kBlockSize = 64 * 1024;
    static constexpr size_t kMaxSpareBlocks = 64; // 4 MiB per thread that parses
    static constexpr size_t kAlign = alignof(std::max_align_t);

    struct Block
    {
        std::unique_ptr<std::max_align_t[]> memory;
        size_t size = 0;
    };

    static std::vector<Block> &spareBlocks()
    {
        thread_local std::vector<Block> spares;
        return spares;
    }

    Block newBlock(size_t size)
    {
        std::vector<Block> &spares = spareBlocks();
        if (size <= kBlockSize && !spares.empty()) {
            Block block = std::move(spares.back());
            spares.pop_back();
            return block;
        }
        const size_t blockSize = std::max(size, kBlockSize);
        // new[] without (): the memory is not zeroed, gumbo initializes what it uses.
        return {std::unique_ptr<std::max_align_t[]>(new std::max_align_t[blockSize / kAlign]),
                blockSize};
    }

    void *take(size_t size)
    {
        size = (size + kAlign - 1) & ~(kAlign - 1);
        if (size > m_left) {
            m_blocks.push_back(newBlock(size));
            m_next = reinterpret_cast<char *>(m_blocks.back().memory.get());
            m_left = m_blocks.back().size;
        }
        void *result = m_next;
        m_next += size;
        m_left -= size;
        return result;
    }

    std::vector<Block> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

} // namespace ichq::html
