package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/dipbrief/dipbrief/data"
	"golang.org/x/net/html"
)

// fromHTML reads a saved web page: its main text as Firefox's Reader View
// finds it (go-readability, a line-by-line port of Mozilla's
// Readability.js), which drops navigation, "read more" boxes and
// advertisements, and the title, publisher, date, language and address the
// page's metadata (<meta>, Open Graph, JSON-LD) gives.
func fromHTML(page []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Article{}, fmt.Errorf("not a web page: %w", err)
	}
	address := canonical(doc)
	var base *url.URL
	if address != "" {
		base, _ = url.Parse(address)
	}
	art, err := readability.FromDocument(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("no article found in the page: %w", err)
	}
	var text strings.Builder
	if art.Node == nil || art.RenderText(&text) != nil {
		return Article{}, fmt.Errorf("no article text found in the page")
	}
	a := Article{Text: text.String(), Title: art.Title(), Publisher: art.SiteName(), URL: address,
		Lang: langCode(art.Language()), Page: true}
	if t, err := art.PublishedTime(); err == nil {
		a.Date = data.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	return a, nil
}

// canonical is the page's own address: <link rel="canonical">, else
// og:url; "" when the page gives neither.
func canonical(doc *html.Node) string {
	var link, og string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.Data == "link" && strings.EqualFold(attr(n, "rel"), "canonical") && link == "":
			link = attr(n, "href")
		case n.Data == "meta" && attr(n, "property") == "og:url" && og == "":
			og = attr(n, "content")
		}
	}
	if link != "" {
		return strings.TrimSpace(link)
	}
	return strings.TrimSpace(og)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// langCode is the language extract reads that a page's lang attribute
// names ("vi-VN", "zh-Hans-CN"), or "".
func langCode(tag string) string {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	base, _, _ = strings.Cut(base, "_")
	if _, ok := lexicons[base]; ok {
		return base
	}
	return ""
}
