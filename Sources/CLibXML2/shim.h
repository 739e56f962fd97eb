#ifndef CABLEGRAPH_CLIBXML2_SHIM_H
#define CABLEGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// ICU headers clash with Foundation's copy when both are visible to Swift.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/uri.h>

// xmlFree is a macro-like global function pointer; Swift cannot call it directly.
static inline void cg_xmlFree(void *ptr) { xmlFree(ptr); }

// xmlParserVersion is a macro over a thread-local accessor.
static inline const char *cg_xmlParserVersion(void) { return xmlParserVersion; }

#endif
