#include "cmi5_manifest.h"

#include "scorm_manifest.h"

// Element order and the namespace follow the cmi5 specification's course
// structure (section 13.1, CourseStructure.xsd). moveOn is
// CompletedAndPassed: Warmline sends completed once every lesson is read
// and every quiz taken, and passed once the score meets masteryScore.
namespace warmline::pack_tool {
namespace {

std::string lang_string(const char* indent, const std::string& element, const PackInfo& pack,
                        const std::string& text) {
  const std::string lang = pack.language.empty() ? "en" : pack.language;
  return indent + ("<" + element) + "><langstring lang=\"" + xml_escaped(lang) + "\">" + xml_escaped(text) +
         "</langstring></" + element + ">\n";
}

}  // namespace

std::string cmi5_course_id(const std::string& base, const PackInfo& pack) { return base + pack.id; }

std::string cmi5_course_structure(const PackInfo& pack, const std::string& id_base, const std::string& launch_url) {
  const std::string course = cmi5_course_id(id_base, pack);
  const std::string description =
      "A Warmline course" + (pack.author.empty() ? std::string() : " by " + pack.author) + ", version " +
      version_string(pack.version) + ".";
  std::string x;
  x += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n";
  x += "  <course id=\"" + xml_escaped(course) + "\">\n";
  x += lang_string("    ", "title", pack, pack.title);
  x += lang_string("    ", "description", pack, description);
  x += "  </course>\n";
  x += "  <au id=\"" + xml_escaped(course + "/au") + "\" moveOn=\"CompletedAndPassed\" masteryScore=\"" +
       decimal_fraction(pack.pass_mark) + "\" launchMethod=\"AnyWindow\">\n";
  x += lang_string("    ", "title", pack, pack.title);
  x += lang_string("    ", "description", pack, description);
  x += "    <url>" + xml_escaped(launch_url) + "</url>\n";
  x += "  </au>\n";
  x += "</courseStructure>\n";
  return x;
}

}  // namespace warmline::pack_tool
