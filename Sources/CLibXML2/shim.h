#ifndef SIGNPOST_CLIBXML2_SHIM_H
#define SIGNPOST_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its UErrorCode clashes with Foundation's bundled ICU on a
   clean build. Only two trailing fields of xmlCharEncodingHandler depend on this macro: never
   touch that struct from Swift. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
