package edition

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipbrief/dipbrief/fonts"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Sources is the numbered list of every source the edition cites, in the
// order it first cites them: the targets of its markers.
type Sources struct {
	Heading Heading
	Items   []Source
}

// Source is one entry: its number and the entry as the edition writes it
// (publisher, title in its own language, date, language, address, note).
type Source struct {
	N     int
	ID    string
	Name  string // publisher and title, to say where a marker leads
	Entry Text
}

func (w *writer) sources() Sources {
	ws := w.l.words
	s := Sources{Heading: Heading{Text: ws.sectionSrc, Level: 2}}
	for i, src := range w.cites.order {
		date := w.l.date(src.Date)
		if src.Circa {
			date = fmt.Sprintf(ws.dateCirca, date)
		}
		c := ws.cite
		if c.capitalize {
			date = upperFirst(date)
		}
		link := Run{Text: DisplayURL(src.URL)}
		if uri, ok := LinkURI(src.URL); ok {
			link.URL = uri
		}
		if link.Text == "" {
			link.Text = ws.noURL
		} else {
			link.Lang = wordLanguage(link.Text, w.lang())
			if link.Lang == w.lang() {
				link.Lang = ""
			}
		}
		entry := w.inLanguages(fmt.Sprintf(c.publisher, src.Publisher), w.lang(), true)
		entry = append(entry, plain(c.titleOpen))
		entry = append(entry, w.inLanguages(src.Title, src.Language, false)...)
		entry = append(entry, plain(c.titleClose), plain(date+c.sep+w.l.languageName(src.Language)+c.sep), link, plain(c.end))
		if note := src.Note.In(w.lang()); note != "" {
			entry = append(entry, Run{Text: ws.gap + note, Aside: true})
		}
		name := src.Publisher + c.sep + c.titleOpen + src.Title + strings.TrimSpace(c.titleClose)
		s.Items = append(s.Items, Source{N: i + 1, ID: src.ID, Name: name, Entry: entry})
	}
	return s
}

// LinkURI is the link target for a source's address. Only an http or https
// address with a host becomes a link, whatever a Brief built in code holds
// (never javascript:, file: or data:); it is written in ASCII, as PDF wants
// a URI, with every other byte percent-encoded as a browser sends it.
func LinkURI(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c <= ' ' || c >= 0x7F {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// languageName names a source's language in the edition's language
// (Unicode CLDR names via x/text), or gives the code when CLDR has none.
func (l *locale) languageName(code string) string {
	if n := display.Tags(l.tag).Name(language.Make(code)); n != "" {
		return n
	}
	return code
}

// DisplayURL shows a percent-encoded URL as a reader would type it
// (https://cn.baochinhphu.vn/越南与…), unless that needs a character no
// embedded font has; the link target, when there is one, stays encoded.
func DisplayURL(u string) string {
	d, err := url.PathUnescape(u)
	if err != nil || !utf8.ValidString(d) {
		return u
	}
	for _, r := range d {
		if !fonts.Covers(r) || unicode.IsControl(r) {
			return u
		}
	}
	return d
}

// Colophon closes the briefing: how to cite it and the data's licence.
type Colophon struct {
	CiteHeading    Heading
	Cite           string
	LicenceHeading Heading
	Licence        string
}

func (w *writer) colophon(e *Edition) Colophon {
	ws, info := w.l.words, w.b.Info
	c := Colophon{
		CiteHeading:    Heading{Text: ws.howToCite, Level: 3},
		Cite:           fmt.Sprintf(ws.citeAs, info.Publisher.In(w.lang()), e.Title, ws.language, w.l.date(info.AsOf)),
		LicenceHeading: Heading{Text: ws.licence, Level: 3},
		Licence:        info.License.In(w.lang()),
	}
	if c.Licence == "" {
		c.Licence = ws.noLicence
	}
	return c
}

// upperFirst capitalises the first letter of s, as a sentence starts.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
