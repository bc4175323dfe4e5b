package pdf

import (
	"bytes"
	"encoding/xml"
	"time"
)

// xmp is the document's XMP metadata packet: the Info dictionary's entries
// again, as PDF/A asks (each the same value), the language, and the claims
// of conformance to PDF/A-3 level A and PDF/UA-1. PDF/A predefines the
// pdfaid properties but not pdfuaid, so an extension schema declares it.
// The packet is UTF-8; WriteTo deflates it, as PDF/A-2 and -3 allow.
func (d *Document) xmp() []byte {
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	in := d.info
	describe(&b, "dc", "http://purl.org/dc/elements/1.1/", func() {
		element(&b, "dc:format", "application/pdf")
		list(&b, "dc:title", "Alt", in.Title)
		list(&b, "dc:creator", "Seq", in.Author)
		list(&b, "dc:description", "Alt", in.Subject)
		list(&b, "dc:language", "Bag", in.Lang)
	})
	describe(&b, "xmp", "http://ns.adobe.com/xap/1.0/", func() {
		element(&b, "xmp:CreatorTool", in.Creator)
		if !in.Created.IsZero() {
			for _, name := range []string{"xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"} {
				element(&b, name, in.Created.UTC().Format(time.RFC3339))
			}
		}
	})
	describe(&b, "pdf", "http://ns.adobe.com/pdf/1.3/", func() {
		element(&b, "pdf:Producer", in.Producer)
		element(&b, "pdf:Keywords", in.Keywords)
	})
	describe(&b, "pdfaid", "http://www.aiim.org/pdfa/ns/id/", func() {
		element(&b, "pdfaid:part", "3")
		element(&b, "pdfaid:conformance", "A")
	})
	describe(&b, "pdfuaid", "http://www.aiim.org/pdfua/ns/id/", func() {
		element(&b, "pdfuaid:part", "1")
	})
	b.WriteString(pdfuaExtension)
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}

// describe writes one rdf:Description for a namespace, its properties
// written by body.
func describe(b *bytes.Buffer, prefix, ns string, body func()) {
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:" + prefix + "=\"" + ns + "\">\n")
	body()
	b.WriteString("</rdf:Description>\n")
}

// element writes a simple property, unless its value is empty.
func element(b *bytes.Buffer, name, value string) {
	if value == "" {
		return
	}
	b.WriteString(" <" + name + ">")
	xml.EscapeText(b, []byte(value)) // writes to a bytes.Buffer cannot fail
	b.WriteString("</" + name + ">\n")
}

// list writes a property holding one item in an rdf:Alt (with the
// x-default language), Seq or Bag, unless its value is empty.
func list(b *bytes.Buffer, name, kind, value string) {
	if value == "" {
		return
	}
	li := "<rdf:li>"
	if kind == "Alt" {
		li = "<rdf:li xml:lang=\"x-default\">"
	}
	b.WriteString(" <" + name + "><rdf:" + kind + ">" + li)
	xml.EscapeText(b, []byte(value))
	b.WriteString("</rdf:li></rdf:" + kind + "></" + name + ">\n")
}

// pdfuaExtension declares the pdfuaid schema to PDF/A (ISO 19005-3
// §6.6.2.3.3), in the words the PDF/UA-1 technical notes give.
const pdfuaExtension = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
 <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
   <pdfaProperty:name>part</pdfaProperty:name>
   <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
   <pdfaProperty:category>internal</pdfaProperty:category>
   <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
  </rdf:li></rdf:Seq></pdfaSchema:property>
 </rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
`
