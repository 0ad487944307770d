package coder

import "strings"

// irregular maps irregular past forms of English verbs to their lemma, for
// sentences without a parse and for a tagger's wrong lemmas.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Fields(`met:meet held:hold said:say spoke:speak spoken:speak took:take taken:take
		gave:give given:give sent:send struck:strike stricken:strike fought:fight sought:seek told:tell made:make
		went:go gone:go won:win began:begin begun:begin brought:bring bought:buy caught:catch built:build
		drew:draw drawn:draw fell:fall fallen:fall felt:feel flew:fly flown:fly forbade:forbid forbidden:forbid
		froze:freeze frozen:freeze got:get gotten:get grew:grow grown:grow kept:keep knew:know known:know led:lead
		left:leave lent:lend lost:lose meant:mean paid:pay ran:run rose:rise risen:rise saw:see seen:see
		shot:shoot sold:sell stood:stand stole:steal stolen:steal swore:swear sworn:swear threw:throw
		thrown:throw understood:understand withdrew:withdraw withdrawn:withdraw wrote:write written:write
		broke:break broken:break chose:choose chosen:choose did:do done:do drove:drive driven:drive
		forgave:forgive forgiven:forgive hid:hide hidden:hide overthrew:overthrow overthrown:overthrow
		rebuilt:rebuild undertook:undertake undertaken:undertake upheld:uphold withheld:withhold bore:bear
		borne:bear beaten:beat bound:bind dealt:deal dug:dig fed:feed fled:flee forgot:forget
		forgotten:forget hung:hang heard:hear laid:lay lit:light mistook:mistake overcame:overcome
		overtook:overtake overtaken:overtake sank:sink sunk:sink shook:shake shaken:shake slew:slay slain:slay
		sped:speed spent:spend sprang:spring sprung:spring stung:sting strove:strive swept:sweep taught:teach
		thought:think tore:tear torn:tear woke:wake wore:wear worn:wear wept:weep shown:show showed:show
		sat:sit slid:slide spun:spin stuck:stick swung:swing won:win arose:arise arisen:arise awoke:awake
		became:become become:become came:come fought:fight foresaw:foresee foreseen:foresee
		mislead:mislead misled:mislead outran:outrun overheard:overhear oversaw:oversee overseen:oversee
		rode:ride ridden:ride rang:ring rung:ring sought:seek sang:sing sung:sing wrung:wring`) {
		form, lemma, _ := strings.Cut(pair, ":")
		m[form] = lemma
	}
	return m
}()
