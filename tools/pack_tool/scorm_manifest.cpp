#include "scorm_manifest.h"

// Element order and namespaces follow the SCORM 1.2 CAM (IMS Content
// Packaging 1.1.2) and the SCORM 2004 4th Edition CAM (IMS CP 1.1.4 with
// IMS Simple Sequencing). No xsi:schemaLocation is written: the .xsd files
// are not in the package, and a location naming absent files would only
// mislead a validator.
namespace warmline::pack_tool {
namespace {

constexpr const char* kOrganization = "warmline-org";
constexpr const char* kItem = "warmline-course";
constexpr const char* kResource = "warmline-sco";

std::string namespaces(ScormVersion version) {
  if (version == ScormVersion::V1_2) {
    return "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n"
           "          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"";
  }
  return "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n"
         "          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n"
         "          xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n"
         "          xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n"
         "          xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"";
}

// What the LMS needs to decide "passed": 1.2 compares cmi.core.score.raw
// with the mastery score; 2004 compares cmi.score.scaled with the primary
// objective's minimum measure.
std::string pass_rule(ScormVersion version, int pass_mark) {
  if (version == ScormVersion::V1_2) {
    return "        <adlcp:masteryscore>" + std::to_string(pass_mark) + "</adlcp:masteryscore>\n";
  }
  return "        <imsss:sequencing>\n"
         "          <imsss:objectives>\n"
         "            <imsss:primaryObjective objectiveID=\"warmline-passed\" satisfiedByMeasure=\"true\">\n"
         "              <imsss:minNormalizedMeasure>" +
         decimal_fraction(pass_mark) +
         "</imsss:minNormalizedMeasure>\n"
         "            </imsss:primaryObjective>\n"
         "          </imsss:objectives>\n"
         "        </imsss:sequencing>\n";
}

}  // namespace

std::string_view scorm_lms_parameter(ScormVersion version) {
  return version == ScormVersion::V1_2 ? "scorm12" : "scorm2004";
}

std::string decimal_fraction(int percent) {
  if (percent >= 100) return "1";
  if (percent <= 0) return "0";
  std::string digits = std::to_string(percent);
  if (digits.size() == 1) digits = "0" + digits;
  if (digits.back() == '0') digits.pop_back();
  return "0." + digits;
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string scorm_manifest(ScormVersion version, const PackInfo& pack, const std::string& launch,
                           const std::vector<std::string>& files) {
  const bool v12 = version == ScormVersion::V1_2;
  const std::string pack_version = version_string(pack.version);
  const std::string title = xml_escaped(pack.title);
  std::string x;
  x += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<manifest identifier=\"" + xml_escaped("warmline-" + pack.id + "-" + pack_version) + "\" version=\"" +
       xml_escaped(pack_version) + "\"\n          " + namespaces(version) + ">\n";
  x += "  <metadata>\n";
  x += "    <schema>ADL SCORM</schema>\n";
  x += std::string("    <schemaversion>") + (v12 ? "1.2" : "2004 4th Edition") + "</schemaversion>\n";
  x += "  </metadata>\n";
  x += std::string("  <organizations default=\"") + kOrganization + "\">\n";
  x += std::string("    <organization identifier=\"") + kOrganization + "\">\n";
  x += "      <title>" + title + "</title>\n";
  x += std::string("      <item identifier=\"") + kItem + "\" identifierref=\"" + kResource + "\">\n";
  x += "        <title>" + title + "</title>\n";
  x += pass_rule(version, pack.pass_mark);
  x += "      </item>\n";
  x += "    </organization>\n";
  x += "  </organizations>\n";
  x += "  <resources>\n";
  x += std::string("    <resource identifier=\"") + kResource + "\" type=\"webcontent\" " +
       (v12 ? "adlcp:scormtype" : "adlcp:scormType") + "=\"sco\" href=\"" + xml_escaped(launch) + "\">\n";
  for (const std::string& f : files) x += "      <file href=\"" + xml_escaped(f) + "\"/>\n";
  x += "    </resource>\n";
  x += "  </resources>\n";
  x += "</manifest>\n";
  return x;
}

}  // namespace warmline::pack_tool
