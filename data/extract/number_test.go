package extract

import "testing"

// TestNumbers reads numbers as the three languages write them, with what
// is written around them.
func TestNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       number // the fields compared: value, qualifier, currency, scaled, percent, times, timesBy, ordinal, trap != ""
	}{
		{"vi", "đạt 36,6 tỉ USD", number{value: 36.6e9, currency: true, scaled: true}},
		{"vi", "có 1.234 người", number{value: 1234}},
		{"vi", "đạt 18.008,6 nghìn lượt", number{value: 18008600, scaled: true}},
		{"vi", "12,6 triệu lượt", number{value: 12.6e6, scaled: true}},
		{"vi", "đạt trên 680 tỷ USD", number{value: 680e9, currency: true, scaled: true, qualifier: "over"}},
		{"vi", "gần 17,6 triệu lượt", number{value: 17.6e6, scaled: true, qualifier: "nearly"}},
		{"vi", "khoảng 800 tỷ USD", number{value: 800e9, currency: true, scaled: true, qualifier: "approx"}},
		{"vi", "tăng 32,8%", number{value: 32.8, percent: true}},
		{"vi", "gấp 3,4 lần", number{value: 3.4, times: true}},
		{"vi", "lần thứ 14", number{value: 14, ordinal: true}},
		{"vi", "kỷ niệm 50 năm", number{value: 50, trap: "x"}},
		{"vi", "ngày 12/12", number{value: 12, trap: "x"}},
		{"vi", "nhiệm kỳ 2023-2027", number{value: 2023, trap: "x"}},
		{"vi", "lúc 06:06", number{value: 6, trap: "x"}},
		{"vi", "nhóm 11 nền kinh tế", number{value: 11, trap: "x"}},
		{"vi", "tháng 12", number{value: 12, trap: "x"}},
		{"vi", "năm 2023", number{value: 2023, trap: "x"}},
		{"en", "US$24.8 billion", number{value: 24.8e9, currency: true, scaled: true}},
		{"en", "a $4-billion trade surplus", number{value: 4e9, currency: true, scaled: true}},
		{"en", "over 600 delegations", number{value: 600, qualifier: "over"}},
		{"en", "nearly 45 visits", number{value: 45, qualifier: "nearly"}},
		{"en", "157,300 tourists", number{value: 157300}},
		{"en", "up 0.5 per cent", number{value: 0.5, percent: true}},
		{"en", "2.5 times more", number{value: 2.5, times: true}},
		{"en", "the 190th state", number{value: 190, ordinal: true}},
		{"en", "the G20 summit", number{value: 20, trap: "x"}},
		{"en", "its 30th anniversary", number{value: 30, ordinal: true}},
		{"en", "on December 20", number{value: 20, trap: "x"}},
		{"zh", "逾5万人", number{value: 50000, scaled: true, qualifier: "over"}},
		{"zh", "达9300亿美元", number{value: 930e9, currency: true, scaled: true}},
		{"zh", "达９３００亿美元", number{value: 930e9, currency: true, scaled: true}},
		{"zh", "近350项", number{value: 350, qualifier: "nearly"}},
		{"zh", "约75场", number{value: 75, qualifier: "approx"}},
		{"zh", "由40多个伙伴", number{value: 40, qualifier: "over"}},
		{"zh", "增长32.8%", number{value: 32.8, percent: true}},
		{"zh", "增长1.5倍", number{value: 1.5, times: true, timesBy: true}},
		{"zh", "是去年的2倍", number{value: 2, times: true}},
		{"zh", "建交76周年", number{value: 76, trap: "x"}},
		{"zh", "第14次", number{value: 14, ordinal: true}},
		{"zh", "1月27日", number{value: 1, trap: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.text, func(t *testing.T) {
			nums := numbers(tt.text, lexicons[tt.lang])
			if len(nums) == 0 {
				t.Fatalf("numbers(%q) found none; want %+v", tt.text, tt.want)
			}
			got, w := nums[0], tt.want
			if got.value != w.value || got.qualifier != w.qualifier || got.currency != w.currency ||
				got.scaled != w.scaled || got.percent != w.percent || got.times != w.times ||
				got.timesBy != w.timesBy || got.ordinal != w.ordinal || (got.trap != "") != (w.trap != "") {
				t.Errorf("numbers(%q)[0]:\n got %+v\nwant %+v", tt.text, got, w)
			}
		})
	}
}

// TestDetectLang tells the three languages apart by script.
func TestDetectLang(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Việt Nam có quan hệ ngoại giao với 193 quốc gia.", "vi"},
		{"Viet Nam has diplomatic relations with 193 countries.", "en"},
		{"越南已与193个国家建立外交关系。", "zh"},
		{"越南 (Viet Nam) 已与193个国家建立外交关系", "zh"},
		{"2023 - 193", ""},
	} {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
