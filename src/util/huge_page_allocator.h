// HugePageAllocator: a std::allocator for large, randomly read tables
// (the parser's and tagger's weight indexes).
//
// Why: scoring reads ~100 random cache lines of a table of tens of MB per
// parser move. With 4 KiB pages nearly every one of those reads also misses
// the TLB, and on a virtual machine a TLB miss is a two-dimensional page
// walk that can cost more than the cache miss itself. Backing the table with
// 2 MiB pages (Linux transparent huge pages, which distributions enable "on
// madvise") cuts the pages to cover by 512 times, so the TLB covers the
// table.
//
// Allocations of at least one huge page are aligned to 2 MiB and advised
// MADV_HUGEPAGE; smaller ones, and systems without the advice, fall back to
// ordinary aligned memory. The advice is a hint: the result is correct
// either way, only faster or not.
#ifndef DYAD_UTIL_HUGE_PAGE_ALLOCATOR_H_
#define DYAD_UTIL_HUGE_PAGE_ALLOCATOR_H_

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace dyad {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

// Memory for `bytes`, huge-page backed when large; release with
// FreeHugePageMemory. Throws std::bad_alloc like operator new.
inline void* AllocateHugePageMemory(size_t bytes) {
  const bool huge = bytes >= kHugePageBytes;
  const size_t align = huge ? kHugePageBytes : 64;
  const size_t rounded = (bytes + align - 1) / align * align;
  void* p = std::aligned_alloc(align, rounded == 0 ? align : rounded);
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (huge) madvise(p, rounded, MADV_HUGEPAGE);  // a hint; failure is harmless
#endif
  return p;
}

inline void FreeHugePageMemory(void* p) { std::free(p); }

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding is implicit by design
  T* allocate(size_t n) { return static_cast<T*>(AllocateHugePageMemory(n * sizeof(T))); }
  void deallocate(T* p, size_t) { FreeHugePageMemory(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace dyad

#endif  // DYAD_UTIL_HUGE_PAGE_ALLOCATOR_H_
