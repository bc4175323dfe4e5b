package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"testing"
)

// FuzzTextObjects draws a tagged page from a script of drawing calls —
// marked content and artifacts begun and ended, text, paths, rotated text
// — and checks the content stream a reader gets: text objects and
// marked-content sequences nest (ISO 32000-1 §14.6), no path or change of
// coordinates sits inside a text object, every MCID is written once and
// belongs to the element the page says, a Figure's sequence is never cut
// in two, and the document is written.
func FuzzTextObjects(f *testing.F) {
	f.Add([]byte{0, 3, 3, 2, 0, 3, 4, 3, 2, 1, 4, 3, 2, 0, 5, 3, 2})
	f.Add([]byte{1, 3, 3, 3, 2, 0, 3, 6, 3, 5, 2, 0, 2})
	f.Add([]byte{0, 3, 8, 3, 2, 0, 3, 3, 3, 2, 0, 5, 5, 2})
	f.Fuzz(runScript)
}

// runScript draws and checks one script of FuzzTextObjects.
func runScript(t *testing.T, script []byte) {
	d := New(595.28, 841.89, Info{Title: "t", Lang: "en"})
	root := d.StructRoot()
	reg := d.Font(regular)
	p := d.AddPage()
	p.BeginMarked(root.Add(H1)) // a document with something to read
	p.Text(reg, 12, 40, 30, "Title")
	p.EndMarked()
	open := false
	for i, op := range script {
		x, y := float64(40+i%50*10), float64(40+i%70*11)
		switch op % 9 {
		case 0:
			if !open {
				var e *Elem
				if i%2 == 1 { // a chart: its sequence begins outside text
					e = root.Add(Figure).SetAlt("A chart").SetBBox(x, y, 50, 30)
				} else {
					e = root.Add(P)
				}
				p.BeginMarked(e)
				open = true
			}
		case 1:
			if !open {
				p.BeginArtifact(Layout)
				open = true
			}
		case 2:
			if open {
				p.EndMarked()
				open = false
			}
		case 3, 8:
			if open {
				p.SetFill(RGB{uint8(i), 0, 0})
				p.Text(reg, float64(8+op%5), x, y, "Word")
			}
		case 4:
			if open {
				p.Rect(x, y, 20, 10)
			}
		case 5:
			if open {
				p.Save()
				p.Rotate(90, x, y)
				p.Text(reg, 7, x, y, "Up")
				p.Restore()
			}
		case 6:
			if open {
				p.Line(x, y, x+30, y)
			}
		case 7:
			p.SetCharSpacing(float64(op%3) / 10)
		}
	}
	if open {
		p.EndMarked()
	}
	if _, err := d.WriteTo(io.Discard); err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	for _, e := range d.elems {
		if e.typ == Figure && len(e.kids) != 1 {
			t.Fatalf("a chart's sequence was cut in %d", len(e.kids))
		}
	}
	if err := checkNesting(p.content(), p.marks.owner); err != nil {
		t.Fatalf("%v\n%s", err, p.content())
	}
}

// checkNesting reads a content stream as a reader does and says where its
// text objects and marked content do not nest, where a path or a change of
// coordinates is inside a text object, where text is outside one, or when
// its MCIDs are not 0…len(owner)-1, each once and tagged with its owner's
// type.
func checkNesting(content []byte, owner []*Elem) error {
	mcids := len(owner)
	type seq struct{ inText bool }
	var stack []seq
	inText, btDepth := false, 0
	seen := map[int]bool{}
	var operands [][]byte
	for tok := range tokens(content) {
		switch c := tok[0]; {
		case c == '(' || c == '/' || c == '[' || c == '<' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
			operands = append(operands, tok)
			continue
		}
		op := string(tok)
		switch op {
		case "BT":
			if inText {
				return fmt.Errorf("BT inside a text object")
			}
			inText, btDepth = true, len(stack)
		case "ET":
			if !inText || len(stack) != btDepth {
				return fmt.Errorf("ET with %d sequences open, %d when its BT began", len(stack), btDepth)
			}
			inText = false
		case "BDC", "BMC":
			if op == "BDC" && len(operands) == 2 {
				if i := bytes.Index(operands[1], []byte("/MCID ")); i >= 0 {
					rest := operands[1][i+6:]
					n, _ := strconv.Atoi(string(rest[:bytes.IndexAny(rest, " >")]))
					if seen[n] {
						return fmt.Errorf("MCID %d twice", n)
					}
					if n >= mcids {
						return fmt.Errorf("MCID %d, of %d on the page", n, mcids)
					}
					if string(operands[0]) != "/"+owner[n].typ.String() {
						return fmt.Errorf("MCID %d tagged %s, its element is %v", n, operands[0], owner[n].typ)
					}
					seen[n] = true
				}
			}
			stack = append(stack, seq{inText})
		case "EMC":
			if len(stack) == 0 {
				return fmt.Errorf("EMC with no sequence open")
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if top.inText != inText || (inText && len(stack) < btDepth) {
				return fmt.Errorf("a marked-content sequence and a text object overlap")
			}
		case "m", "l", "c", "re", "h", "f", "S", "B", "n", "q", "Q", "cm":
			if inText {
				return fmt.Errorf("%s inside a text object", op)
			}
		case "Tj", "Td", "Tm":
			if !inText {
				return fmt.Errorf("%s outside a text object", op)
			}
		}
		operands = operands[:0]
	}
	if inText || len(stack) > 0 {
		return fmt.Errorf("the stream ends inside a text object or a sequence")
	}
	for n := range mcids {
		if !seen[n] {
			return fmt.Errorf("MCID %d of %d is not in the content", n, mcids)
		}
	}
	if len(seen) != mcids {
		return fmt.Errorf("%d MCIDs in the content, %d on the page", len(seen), mcids)
	}
	return nil
}

// tokens splits a content stream into operands and operators: a literal
// string (with its escapes and nested parentheses), a dictionary or an
// array is one token.
func tokens(b []byte) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		for i := 0; i < len(b); {
			c := b[i]
			start := i
			switch {
			case c == ' ' || c == '\n' || c == '\r' || c == '\t':
				i++
				continue
			case c == '(':
				depth := 0
				for ; i < len(b); i++ {
					if b[i] == '\\' {
						i++
						continue
					}
					if b[i] == '(' {
						depth++
					} else if b[i] == ')' {
						if depth--; depth == 0 {
							break
						}
					}
				}
				i++
			case c == '<' || c == '[':
				open, close := c, byte(']')
				if c == '<' {
					close = '>'
				}
				depth := 0
				for ; i < len(b); i++ {
					if b[i] == open {
						depth++
					} else if b[i] == close {
						if depth--; depth == 0 {
							break
						}
					}
				}
				i++
			default:
				for i < len(b) && b[i] != ' ' && b[i] != '\n' && b[i] != '(' && b[i] != '<' && b[i] != '[' {
					i++
				}
				if i == start {
					i++
				}
			}
			if !yield(b[start:min(i, len(b))]) {
				return
			}
		}
	}
}
