#include "tagger/dense_rows.h"

#include <algorithm>
#include <limits>

namespace dyad {

DenseRows DenseRows::Build(const LinearModel& model, std::vector<uint64_t> keys) {
  DenseRows d;
  d.stride_ = Stride(model.num_classes());
  d.keys_ = std::move(keys);
  std::vector<std::pair<uint64_t, uint16_t>> entries;
  entries.reserve(d.keys_.size());
  d.weights_.assign(d.keys_.size() * d.stride_, 0);
  std::vector<int32_t> row(d.stride_);
  for (size_t r = 0; r < d.keys_.size(); ++r) {
    entries.emplace_back(d.keys_[r], static_cast<uint16_t>(r));
    // AddScores of one feature into zeros is that feature's row; each
    // weight is an int16 already, so the copy is exact.
    std::fill(row.begin(), row.end(), 0);
    model.AddScores({&d.keys_[r], 1}, row.data());
    for (int c = 0; c < model.num_classes(); ++c) {
      d.weights_[r * d.stride_ + c] = static_cast<int16_t>(
          std::clamp<int32_t>(row[c], std::numeric_limits<int16_t>::min(),
                              std::numeric_limits<int16_t>::max()));
    }
  }
  d.index_ = KeyTable::Build(std::move(entries));
  return d;
}

void DenseRows::Save(ModelWriter& out) const { out.PutArray<uint64_t>(keys_); }

bool DenseRows::Load(ModelReader& in, const LinearModel& model) {
  std::vector<uint64_t> keys;
  if (!in.GetArray(&keys, kMaxRows)) return false;
  for (size_t i = 1; i < keys.size(); ++i) {
    if (keys[i] <= keys[i - 1]) return false;  // written sorted and distinct
  }
  *this = Build(model, std::move(keys));
  return true;
}

}  // namespace dyad
