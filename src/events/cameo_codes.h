// CameoCodes: the CAMEO event code table (data/events/cameo_codes.txt):
// each code's Goldstein score, quad class and label.
// Thread safety: const after Load.
#ifndef DYAD_EVENTS_CAMEO_CODES_H_
#define DYAD_EVENTS_CAMEO_CODES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;  // "0231"
  float goldstein = 0.0f;
  int quad = 0;      // 1..4
  std::string label;
};

// An act of force, shown or used: a military posture (15), an assault
// (18), conventional fighting (19) or mass violence (20). Such acts face
// a country where other acts would only happen in it.
inline bool IsForceCode(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "15" || root == "18" || root == "19" || root == "20";
}

class CameoCodes {
 public:
  static Result<CameoCodes> Load(const std::string& path, std::vector<std::string>* problems);
  const CameoCode* Find(const std::string& code) const {
    auto it = codes_.find(code);
    return it == codes_.end() ? nullptr : &it->second;
  }
  size_t size() const { return codes_.size(); }
  void Add(CameoCode code) { codes_[code.code] = std::move(code); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CAMEO_CODES_H_
