/**
 * Test support: a corpus of cross-site scripting payloads, for tests that put hostile text
 * everywhere a user's or a document's words enter the app and check that none of it runs,
 * fetches or survives as markup.
 *
 * Every payload that could fire is armed: a script, handler or `javascript:` URL sets
 * `window.__pwned` to the payload's number, and every URL it could load points at the
 * beacon origin the caller gives (a local server that counts hits). So a payload that ever
 * runs or loads is seen, whichever way it got through.
 *
 * The `dompurify` category adapts DOMPurify's own test vectors (test/fixtures/expect.mjs of
 * github.com/cure53/DOMPurify, by Cure53 and contributors, dual-licensed Apache-2.0 and
 * MPL-2.0; many come from html5sec.org by Mario Heiderich): the payload strings, with each
 * `alert(…)` replaced by the probe and each remote or relative URL by the beacon. The other
 * categories are written for Casefile: its names (`casefile`, `casefileApi`), its Markdown
 * surfaces (the brief summary) and its import paths.
 */

/** What a payload tries. */
export type XssCategory =
  | 'dompurify'
  | 'img'
  | 'svg'
  | 'mathml'
  | 'url-scheme'
  | 'form'
  | 'base-meta'
  | 'frame-object'
  | 'link-css'
  | 'clobbering'
  | 'template'
  | 'encoded'
  | 'markdown'
  | 'polyglot'
  | 'unicode'
  | 'template-injection'

/** One payload: `id` is unique, `probe` the number it writes to `window.__pwned`. */
export interface XssPayload {
  id: string
  probe: number
  category: XssCategory
  name: string
  payload: string
}

/** The beacon used when a test gives none: the discard port, which nothing answers. */
export const DEFAULT_BEACON = 'http://127.0.0.1:9'

// Written raw with two placeholders: {PWN} (the probe statement) and {BEACON} (a URL on the
// beacon origin, unique to the payload).
type Raw = readonly [name: string, payload: string]

/** The tail html5sec's vectors close with, to break out of any quoting context. */
const T = '//["\'`-->]]>]'

const DOMPURIFY: readonly Raw[] = [
  [
    'SVG image with data URI',
    '<svg><image width="5" height="5" xlink:href="data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cscript%3E{PWN}%3C%2Fscript%3E%3C%2Fsvg%3E"></image></svg>',
  ],
  [
    'binary attributes with onclick',
    '<input type=checkbox checked><input type=checkbox onclick="{PWN}">',
  ],
  ['URI-like attribute values (#135)', '<b href="javascript:{PWN}" title="javascript:{PWN}">b</b>'],
  [
    'src on img, audio, video, source (#131)',
    '<img src="{BEACON}"><audio src="{BEACON}"></audio><video src="{BEACON}"></video><source src="{BEACON}"><div src="{BEACON}">',
  ],
  [
    'clobbering document.createElement (#47)',
    '<img src="{BEACON}" name=createElement><img src="{BEACON}" id=createElement>',
  ],
  ['clobbering document.cookie', '<img src="{BEACON}" name=cookie>'],
  ['javascript: URI after U+2028', "123<a href='\u2028javascript:{PWN}'>I am a dolphin!</a>"],
  [
    'javascript: URI after Unicode whitespace',
    "123<a href=' javascript:{PWN}'>CLICK</a><a href='&#xA0javascript:{PWN}'>CLICK</a><a href='&#x1680;javascript:{PWN}'>CLICK</a><a href='&#x180E;javascript:{PWN}'>CLICK</a><a href='&#x2000;javascript:{PWN}'>CLICK</a><a href='&#x200B;javascript:{PWN}'>CLICK</a><a href='&#x205f;javascript:{PWN}'>CLICK</a><a href='&#x3000;javascript:{PWN}'>CLICK</a>",
  ],
  ['img with javascript: src (DoS on Firefox)', "<img src='javascript:while(1){}'>"],
  ['link with data: URI href', '<a href=data:text/html,%3Cscript%3E{PWN}%3C/script%3E>clickme</a>'],
  [
    'clobbering with attributes (@irsdl)',
    '<form onmouseover=\'{PWN}\'><input name="attributes"><input name="attributes">',
  ],
  ['clobbering getElementById', '<img src="{BEACON}" name=getElementById>'],
  ['clobbering location', '<a href="#some-code-here" id="location">invisible'],
  [
    'clobbering parentNode',
    '<div onclick="{PWN}"><form onsubmit="{PWN}"><input onfocus="{PWN}" name=parentNode>123</form></div>',
  ],
  ['clobbering nodeName', '<form onsubmit="{PWN}"><input onfocus="{PWN}" name=nodeName>123</form>'],
  [
    'clobbering removeChild',
    '<form onsubmit="{PWN}"><input onfocus="{PWN}" name=removeChild>123</form>',
  ],
  [
    'clobbering setAttribute',
    '<form onsubmit="{PWN}"><input onfocus="{PWN}" name=setAttribute>123</form>',
  ],
  ['style element', '<style>*{color:red;background:url({BEACON})}</style>'],
  [
    'mXSS variation I (listing)',
    '<listing>&lt;img onerror="{PWN};//" src={BEACON}&gt;<t t></listing>',
  ],
  ['mXSS variation II (id/=)', "<img src={BEACON} id/=' onerror={PWN}//'>"],
  [
    'textarea and comment enabling img',
    '<textarea>@shafigullin</textarea><!--</textarea><img src={BEACON} onerror="{PWN}">-->',
  ],
  [
    'img in noscript closed in a comment',
    '<b><noscript><!-- </noscript><img src={BEACON} onerror="{PWN}" --></noscript>',
  ],
  [
    'img in noscript closed in an attribute',
    '<b><noscript><a alt="</noscript><img src={BEACON} onerror={PWN}>"></noscript>',
  ],
  [
    'img in nested templates',
    '<body><template><s><template><s><img src={BEACON} onerror="{PWN}">@shafigullin</s></template></s></template>',
  ],
  [
    'low-ASCII obfuscated javascript: URI',
    '<a href="\u0001java\u0003script:{PWN}">@shafigullin<a>',
  ],
  [
    'img in style in broken option',
    '<option><style></option></select><b><img src={BEACON} onerror="{PWN}"></style></option>',
  ],
  ['iframe in option', '<option><iframe></select><b><script>{PWN}</script>'],
  [
    'img after style (jQuery tag completion)',
    '<b><style><style/><img src={BEACON} onerror="{PWN}">',
  ],
  [
    'img after self-closing style',
    '<b><style><style////><img src={BEACON} onerror="{PWN}"></style>',
  ],
  [
    'clobbering name=body with svg onload',
    '<image name=body><image name=adoptNode>@mmrupp<image name=firstElementChild><svg onload="{PWN}">',
  ],
  ['clobbering activeElement', '<image name=activeElement><svg onload="{PWN}">'],
  [
    'clobbering body with svg and keygen',
    '<image name=body><img src={BEACON}><svg onload="{PWN}"; autofocus>, <keygen onfocus="{PWN}"; autofocus>',
  ],
  [
    'unknown attributes and onmouseout',
    '<div onmouseout="javascript:{PWN}" x=yscript: n>@superevr</div>',
  ],
  [
    'event handlers on button',
    '<button remove=me onmousedown="javascript:{PWN};" onclick="javascript:{PWN}" >@giutro',
  ],
  [
    'javascript: href with onclick',
    '<a href="javascript:{PWN}" onclick="{PWN}">CLICK ME (bypass by @shafigullin)</a>',
  ],
  [
    'isindex with onmouseover',
    '<isindex x="javascript:" onmouseover="{PWN}" label="variation of bypass by @giutro">',
  ],
  ['unknown attribute and onmouseover', '<div wow=removeme onmouseover="{PWN}">text'],
  [
    'autofocus onfocus and svg onload',
    '<input x=javascript: autofocus onfocus="{PWN}"><svg id=1 onload="{PWN}"></svg>',
  ],
  [
    'form action with a newline in the scheme',
    '<form action="javasc\nript:{PWN}"><button>XXX</button></form>',
  ],
  [
    '1: button formaction for another form',
    `<div id="1"><form id="foobar"></form><button form="foobar" formaction="javascript:{PWN}">X</button>${T}</div>`,
  ],
  [
    '2: meta charset UTF-7',
    `<div id="2"><meta charset="x-imap4-modified-utf7">&ADz&AGn&AG0&AEf&ACA&AHM&AHI&AGO&AD0&AGn&ACA&AG8Abg&AGUAcgByAG8AcgA9AGEAbABlAHIAdAAoADEAKQ&ACAAPABi${T}</div>`,
  ],
  [
    '3: UTF-7 script',
    `<div id="3"><meta charset="x-imap4-modified-utf7">&<script&S1&TS&1>{PWN}&A7&(1)&R&UA;&&<&A9&11/script&X&>${T}</div>`,
  ],
  [
    '4: Worker and importScripts',
    `<div id="4">0?<script>Worker("#").onmessage=function(_)eval(_.data)</script> :postMessage(importScripts('data:;base64,cG9zdE1lc3NhZ2UoJ2FsZXJ0KDEpJyk'))${T}</div>`,
  ],
  [
    '6: setter in script',
    `<div id="6"><script>({set/**/$($){_/**/setter=$,_=1}}).$={PWN}</script>${T}</div>`,
  ],
  ['7: input autofocus onfocus', `<div id="7"><input onfocus="{PWN}" autofocus>${T}</div>`],
  [
    '8: input onblur with two autofocus',
    `<div id="8"><input onblur="{PWN}" autofocus><input autofocus>${T}</div>`,
  ],
  [
    '9-10: -o-link and video poster',
    `<div id="9"><a style="-o-link:'javascript:{PWN}';-o-link-source:current">X</a>${T}</div><div id="10"><video poster=javascript:{PWN}//></video>${T}</div>`,
  ],
  [
    '11: svg g onload',
    `<div id="11"><svg xmlns="http://www.w3.org/2000/svg"><g onload="javascript:{PWN}"></g></svg>${T}</div>`,
  ],
  [
    '12: body onscroll',
    `<div id="12"><body onscroll="{PWN}"><br><br><br><br>...<br><br><input autofocus>${T}</div>`,
  ],
  [
    '15: sharp variables in script',
    `<div id="15"><script>({0:#0={PWN}/#0#/#0#(0)})</script>${T}</div>`,
  ],
  [
    '16: behavior time2 onbegin',
    `<div id="16">X<x style=\`behavior:url(#default#time2)\` onbegin=\`{PWN}\` >${T}</div>`,
  ],
  [
    '17: xml-stylesheet javascript:',
    `<div id="17"><?xml-stylesheet href="javascript:{PWN}"?><root/>${T}</div>`,
  ],
  [
    '18: script in the XHTML namespace',
    `<div id="18"><script xmlns="http://www.w3.org/1999/xhtml">{PWN}</script>${T}</div>`,
  ],
  [
    '20: ReferenceError getter',
    `<div id="20"><script>ReferenceError.prototype.__defineGetter__('name', function(){{PWN}}),x</script>${T}</div>`,
  ],
  ['22: onblur=focus() loop', `<div id="22"><input onblur=focus() autofocus><input>${T}</div>`],
  [
    '23: onforminput and onformchange',
    `<div id="23"><form id=foobar onforminput="{PWN}"><input></form><button form=test onformchange="{PWN}">X</button>${T}</div>`,
  ],
  [
    '24: time2 set innerhtml',
    `<div id="24">1<set/xmlns=\`urn:schemas-microsoft-com:time\` style=\`behAvior:url(#default#time2)\` attributename=\`innerhtml\` to=\`<img/src="{BEACON}"onerror={PWN}>\`>${T}</div>`,
  ],
  ['25: script src=# with a body', `<div id="25"><script src="#">{{PWN}}</script>;1${T}</div>`],
  [
    '27-28: -o-link in style and animate innerhtml',
    `<div id="27"><style>p[foo=bar{}*{-o-link:'javascript:{PWN}'}{}*{-o-link-source:current}*{background:red}]{background:green};</style>${T}</div><div id="28">1<animate/xmlns=urn:schemas-microsoft-com:time style=behavior:url(#default#time2)  attributename=innerhtml values=<img/src="{BEACON}"onerror={PWN}>>${T}</div>`,
  ],
  [
    '29: link stylesheet data: expression',
    `<div id="29"><link rel=stylesheet href=data:,*%7bx:expression({PWN})%7d${T}</div>`,
  ],
  [
    '30: @import data: expression',
    `<div id="30"><style>@import "data:,*%7bx:expression({PWN})%7D";</style>${T}</div>`,
  ],
  ['31: frameset onload', `<div id="31"><frameset onload="{PWN}">${T}</div>`],
  [
    '32: table background javascript:',
    `<div id="32"><table background="javascript:{PWN}"></table>${T}</div>`,
  ],
  [
    '33: overlaid links with onclick',
    `<div id="33"><a style="pointer-events:none;position:absolute;"><a style="position:absolute;" onclick="{PWN};">XXX</a></a><a href="javascript:{PWN}">XXX</a>${T}</div>`,
  ],
  [
    '35: VML line href',
    `<div id="35">1<a href=#><line xmlns=urn:schemas-microsoft-com:vml style=behavior:url(#default#vml);position:absolute href=javascript:{PWN} strokecolor=white strokeweight=1000px from=0 to=1000 /></a>${T}</div>`,
  ],
  [
    '36: AnchorClick folder',
    `<div id="36"><a style="behavior:url(#default#AnchorClick);" folder="javascript:{PWN}">XXX</a>${T}</div>`,
  ],
  [
    '37: comment inside img src',
    `<div id="37"><!--<img src="--><img src={BEACON} onerror="{PWN}"//">${T}</div>`,
  ],
  [
    '38: comment element',
    `<div id="38"><comment><img src="</comment><img src={BEACON} onerror={PWN}//">${T}</div>`,
  ],
  ['39: <![ bogus comment', '<![><img src="]><img src={BEACON} onerror={PWN}//">'],
  [
    'svg CDATA closing into img',
    `<svg><![CDATA[><image xlink:href="]]><img src={BEACON} onerror={PWN}//"></svg>${T}`,
  ],
  [
    '40: style closing inside an attribute',
    `<div id="40"><style><img src="</style><img src={BEACON} onerror={PWN}//">${T}</div>`,
  ],
  [
    '41: li list-style with onerror',
    `<div id="41"><li style=list-style:url({BEACON}) onerror="{PWN}"></li>`,
  ],
  [
    '41b: content:url() with onload',
    `<div style=content:url(data:image/svg+xml,%3Csvg/%3E);visibility:hidden onload="{PWN}"></div>${T}`,
  ],
  [
    '42: base javascript://',
    `<div id="42"><head><base href="javascript://"/></head><body><a href="/. /,{PWN}//#">XXX</a></body>${T}</div>`,
  ],
  [
    'font-face svg font',
    `<html xmlns="http://www.w3.org/1999/xhtml"><head><style type="text/css">@font-face {font-family: y; src: url("{BEACON}") format("svg");} body {font: 100px "y";}</style></head><body>Hello</body></html>${T}`,
  ],
  [
    '44: @import in a selector',
    `<div id="44"><style>*[{}@import'{BEACON}?]{color: green;}</style>X${T}</div>`,
  ],
  [
    '47: script in svg',
    `<div id="47"><svg xmlns="http://www.w3.org/2000/svg"><script>{PWN}</script></svg>${T}</div>`,
  ],
  [
    '48: script for/event',
    `<div id="48"><SCRIPT FOR=document EVENT=onreadystatechange>{PWN}</SCRIPT>${T}</div>`,
  ],
  [
    '49: object param DataURL',
    `<div id="49"><OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><PARAM NAME="DataURL" VALUE="javascript:{PWN}"></OBJECT>${T}</div>`,
  ],
  [
    '50: object data: text/html',
    `<div id="50"><object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>${T}</div>`,
  ],
  [
    '51: embed data: text/html',
    `<div id="51"><embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></embed>${T}</div>`,
  ],
  [
    '52-53: behavior and xml src',
    `<div id="52"><x style="behavior:url({BEACON})">${T}</div><div id="53"><xml id="xss" src="{BEACON}"></xml>`,
  ],
  ['label datasrc', `<label dataformatas="html" datasrc="#xss" datafld="payload"></label>${T}`],
  ['55: source onerror', `<div id="55"><video><source onerror="{PWN}">${T}</div>`],
  ['56: video onerror', `<div id="56"><video onerror="{PWN}"><source></source></video>${T}</div>`],
  [
    '57: script inside a tag name',
    `<div id="57"><b <script>{PWN}//</script>0</script></b>${T}</div>`,
  ],
  ['58: broken script tags', `<div id="58"><b><script<b></b><{PWN}</script </b></b>${T}</div>`],
  [
    '59: backticks in a value re-parsed by innerHTML',
    `<div id="59"><div id="div1"><input value="\`\`onmouseover={PWN}"></div> <div id="div2"></div><script>document.getElementById("div2").innerHTML = document.getElementById("div1").innerHTML;</script>${T}</div>`,
  ],
  [
    '62: quotes in bogus markup',
    `<div id="62"><x '="foo"><x foo='><img src={BEACON} onerror={PWN}//'>\n<! '="foo"><x foo='><img src={BEACON} onerror={PWN}//'>\n<? '="foo"><x foo='><img src={BEACON} onerror={PWN}//'>${T}</div>`,
  ],
  [
    '63: javascript: in embed, img, image, script',
    `<div id="63"><embed src="javascript:{PWN}"></embed>\n<img src="javascript:{PWN}">\n<image src="javascript:{PWN}">\n<script src="javascript:{PWN}"></script>${T}</div>`,
  ],
  [
    '64: XXE entity',
    `<div id="64"><!DOCTYPE x[<!ENTITY x SYSTEM "{BEACON}">]><y>&x;</y>${T}</div>`,
  ],
  [
    '65: svg onload in the SVG namespace',
    `<div id="65"><svg onload="javascript:{PWN}" xmlns="http://www.w3.org/2000/svg"></svg>${T}</div><div id="66"><?xml version="1.0"?>`,
  ],
  [
    '67: ATTLIST defaults onerror',
    `<div id="67"><!DOCTYPE x [<!ATTLIST img xmlns CDATA "http://www.w3.org/1999/xhtml" src CDATA "xx" onerror CDATA "{PWN}" onload CDATA "{PWN}">]><img />${T}</div>`,
  ],
  [
    '68: xlink:href javascript:',
    `<div id="68"><doc xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:html="http://www.w3.org/1999/xhtml"><html:style /><x xlink:href="javascript:{PWN}" xlink:type="simple">XXX</x></doc>${T}</div>`,
  ],
  [
    '69: WML ontimer',
    `<div id="69"><card xmlns="http://www.wapforum.org/2001/wml"><onevent type="ontimer"><go href="javascript:{PWN}"/></onevent><timer value="1"/></card>${T}</div>`,
  ],
  [
    '70: onfilterchange',
    `<div id="70"><div style=width:1px;filter:glow onfilterchange="{PWN}">x</div>${T}</div>`,
  ],
  [
    '72: button formaction',
    `<div id="72"><form><button formaction="javascript:{PWN}">X</button>${T}</div>`,
  ],
  [
    '73: event-source onload',
    `<div id="73"><event-source src="{BEACON}" onload="{PWN}">${T}</div>`,
  ],
  ['75: script with braces in the tag', `<div id="75"><script<{{PWN}}/></script </>${T}</div>`],
  [
    '77: expression() in style',
    `<div id="77"><?xml-stylesheet type="text/css"?><root style="x:expression({PWN})"/>${T}</div>`,
  ],
  [
    '79: object allowscriptaccess',
    `<div id="79"><object allowscriptaccess="always" data="{BEACON}"></object>${T}</div>`,
  ],
  [
    '80: full-width expression',
    `<div id="80"><style>*{x:\uFF45\uFF58\uFF50\uFF52\uFF45\uFF53\uFF53\uFF49\uFF4F\uFF4E({PWN})}</style>${T}</div>`,
  ],
  [
    '81: xlink:actuate onLoad',
    `<div id="81"><x xmlns:xlink="http://www.w3.org/1999/xlink" xlink:actuate="onLoad" xlink:href="javascript:{PWN}" xlink:type="simple"/>${T}</div>`,
  ],
  [
    '84: XML Events handler',
    `<div id="84"><x xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load" ev:handler="javascript:{PWN}//#x"/>${T}</div>`,
  ],
  [
    '86-87: body oninput and svg a xlink:href',
    `<div id="86"><body oninput="{PWN}"><input autofocus>${T}</div><div id="87"><svg xmlns="http://www.w3.org/2000/svg"><a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:{PWN}"><rect width="1000" height="1000" fill="white"/></a></svg>${T}</div>`,
  ],
  [
    '89: svg set onmouseover',
    `<div id="89"><svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="{PWN}"/><animate attributeName="onunload" to="{PWN}"/></svg>${T}</div>`,
  ],
  [
    '90: content:url and background:url',
    `<div id="90"><div style=content:url({BEACON})></div><div style="background:url({BEACON})">PRESS ENTER</div>${T}</div>`,
  ],
  [
    '91: processing instructions around script',
    `<div id="91">[A]\n<? foo="><script>{PWN}</script>">\n<! foo="><script>{PWN}</script>">\n</ foo="><script>{PWN}</script>">\n[B]\n<? foo="><x foo='?><script>{PWN}</script>'>">\n[C]\n<! foo="[[[x]]"><x foo="]foo><script>{PWN}</script>">\n[D]\n<% foo><x foo="%><script>{PWN}</script>">${T}</div>`,
  ],
  [
    '93: list-style url(javascript:)',
    `<div id="93"><div style="list-style:url({BEACON})\u0010url(javascript:{PWN});">X</div>${T}</div>`,
  ],
  [
    '95: feImage set data: svg',
    `<div id="95"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><feImage><set attributeName="xlink:href" to="data:image/svg+xml;charset=utf-8;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ%2BYWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4NCg%3D%3D"/></feImage></svg>${T}</div>`,
  ],
  ['96: mhtml iframe', `<div id="96"><iframe src=mhtml:{BEACON}!xss.html></iframe>${T}</div>`],
  [
    '97: xmlns quote breaking into iframe',
    `<div id="97"><div id=d><x xmlns="><iframe onload={PWN}"></div><script>d.innerHTML+='';</script>${T}</div>`,
  ],
  [
    '102: backticks in img src',
    `<div id="102"><img src="x\` \`<script>{PWN}</script>"\` \`>${T}</div>`,
  ],
  [
    '103-104: pushState and XML Events handler',
    `<div id="103"><script>history.pushState(0,0,'/i/am/somewhere_else');</script>${T}</div><div id="104"><svg xmlns="http://www.w3.org/2000/svg" id="foo"><x xmlns="http://www.w3.org/2001/xml-events" event="load" observer="foo" handler="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Chandler%20xml%3Aid%3D%22bar%22%20type%3D%22application%2Fecmascript%22%3E {PWN} %3C%2Fhandler%3E%3C%2Fsvg%3E#bar"/></svg>${T}</div>`,
  ],
  [
    '106: img src onerror with stray quotes',
    `<div id="106"><img src onerror /" '"= alt={PWN}//">${T}</div>`,
  ],
  [
    '107: title onpropertychange',
    `<div id="107"><title onpropertychange="{PWN}"></title><title title=></title>${T}</div>`,
  ],
  [
    '108: backtick attribute in IE',
    `<div id="108"><a href={BEACON}#x=\`y></a><img alt="\`><img src={BEACON} onerror={PWN}></a>">\n<!a foo=x=\`y><img alt="\`><img src={BEACON} onerror={PWN}//">${T}</div>`,
  ],
  [
    '109: svg clip-path and filter url()',
    `<div id="109"><svg xmlns="http://www.w3.org/2000/svg"><a id="x"><rect fill="white" width="1000" height="1000"/></a><rect fill="white" style="clip-path:url({BEACON}#a);fill:url(#b);filter:url(#c);marker:url(#d);mask:url(#e);stroke:url(#f);"/></svg>${T}</div>`,
  ],
  [
    '115: conditional comments',
    `<div id="115"><!--[if]><script>{PWN}</script -->\n<!--[if<img src={BEACON} onerror={PWN}//]> -->${T}</div>`,
  ],
  [
    '116: time2 set innerHTML with vertical tabs',
    `<div id="116"><div id="x">x</div><xml:namespace prefix="t"><import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" targetElement="x" to="<img\u000Bsrc={BEACON}\u000Bonerror\u000B={PWN}>">${T}</div>`,
  ],
  [
    '117: iframe inside a link',
    `<div id="117"><a href="{BEACON}"><iframe src="{BEACON}"></iframe></a>${T}</div>`,
  ],
  [
    '118: drag and drop ondragstart',
    `<div id="118"><div draggable="true" ondragstart="event.dataTransfer.setData('text/plain','malicious code');{PWN}"><h1>Drop me</h1></div><iframe src="{BEACON}"></iframe>${T}</div>`,
  ],
  [
    '119: view-source iframe',
    `<div id="119"><iframe src="view-source:{BEACON}" frameborder="0" style="width:400px;height:180px"></iframe>`,
  ],
  [
    '120: popups from onclick',
    `<div id="120"><script>function makePopups(){for (i=1;i<6;i++) {window.open('{BEACON}','spam'+i,'width=50,height=50');}}</script><body><a href="#" onclick="makePopups()">Spam</a>${T}</div>`,
  ],
  [
    '121: clickjacking mask',
    `<div id="121"><html xmlns="http://www.w3.org/1999/xhtml" xmlns:svg="http://www.w3.org/2000/svg"><body style="background:gray"><iframe src="{BEACON}" style="width:800px; height:350px; border:none; mask: url(#maskForClickjacking);"/><svg:svg><svg:mask id="maskForClickjacking" maskUnits="objectBoundingBox" maskContentUnits="objectBoundingBox"><svg:rect x="0.0" y="0.0" width="0.373" height="0.3" fill="white"/></svg:mask></svg:svg></body></html>${T}</div>`,
  ],
  [
    '122: sandboxed iframe',
    `<div id="122"><iframe sandbox="allow-same-origin allow-forms allow-scripts" src="{BEACON}"></iframe>${T}</div>`,
  ],
  [
    '123: jQuery from a remote script',
    `<div id="123"><span class=foo>Some text</span><a class=bar href="{BEACON}">www.example.org</a><script src="{BEACON}"></script><script>$("span.foo").click(function() {{PWN};});</script>${T}</div>`,
  ],
  [
    '124: backslash script src',
    `<div id="124"><script src="/example.com\\foo.js"></script> // Safari 5.0, Chrome 9, 10\n<script src="\\\\example.com\\foo.js"></script>${T}</div>`,
  ],
  [
    '125: XSLT in svg',
    `<div id="125"><?xml version="1.0"?><?xml-stylesheet type="text/xml" href="#stylesheet"?><!DOCTYPE doc [<!ATTLIST xsl:stylesheet id ID #REQUIRED>]><svg xmlns="http://www.w3.org/2000/svg"><xsl:stylesheet id="stylesheet" version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:{PWN}"></iframe></xsl:template></xsl:stylesheet><circle fill="red" r="40"></circle></svg>${T}</div>`,
  ],
  [
    '127: XML Events listener',
    `<div id="127"><svg xmlns="http://www.w3.org/2000/svg" id="x"><listener event="load" handler="#y" xmlns="http://www.w3.org/2001/xml-events" observer="x"/><handler id="y">{PWN}</handler></svg>${T}</div>`,
  ],
  [
    '128: style in svg closing into img',
    `<div id="128"><svg><style><img/src={BEACON} onerror={PWN}// </b>${T}</div>`,
  ],
  [
    '129: svg image filter data: svg',
    `<div id="129"><svg><image style='filter:url("data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22><script>parent.{PWN}</script></svg>")'></svg>${T}</div>`,
  ],
  [
    '130: math href and maction',
    `<div id="130"><math href="javascript:{PWN}">CLICKME</math><math><maction actiontype="statusline#{BEACON}" xlink:href="javascript:{PWN}">CLICKME</maction><maction actiontype="statusline" xlink:href="javascript:{PWN}">CLICKME<mtext>{BEACON}</mtext></maction></math>${T}</div>`,
  ],
  [
    '132: svg set on accessKey leaks a password',
    `<div id="132"><form><label>type a,b,c,d</label><input name="secret" type="password"></form><svg height="50px"><image xmlns:xlink="http://www.w3.org/1999/xlink"><set attributeName="xlink:href" begin="accessKey(a)" to="{BEACON}?a" /><set attributeName="xlink:href" begin="accessKey(b)" to="{BEACON}?b" /></image></svg>${T}</div>`,
  ],
  [
    '133: comment with --!>',
    `<div id="133"><!-- \`<img/src={BEACON} onerror={PWN}//--!>${T}</div>`,
  ],
  [
    '134: xmp with img in an alt',
    `<div id="134"><xmp>\n<%\n</xmp>\n<img alt='%></xmp><img src={BEACON} onerror={PWN}//'>\n<script>\nx='<%'\n</script> %>/\n{PWN}\n</script>\nXXX\n<style>\n*['<!--']{}\n</style>\n-->{}\n*{color:red}</style>${T}</div>`,
  ],
  [
    '136: dirname leaks a password',
    `<div id="136"><form action="{BEACON}" method="post"><input name="username" value="admin" /><input name="password" type="password" value="secret" /><input name="injected" value="injected" dirname="password" /><input type="submit"></form>${T}</div>`,
  ],
  [
    '137: svg animate from javascript:',
    `<div id="137"><svg><a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="?"><circle r="400"></circle><animate attributeName="xlink:href" begin="0" from="javascript:{PWN}" to="&" /></a>${T}</div>`,
  ],
  ['clobbering submit', '<input name=submit>123'],
  ['clobbering hasChildNodes', '<form><input name=hasChildNodes>'],
  [
    'mXSS svg textarea title style (Chrome 77) 1',
    '<svg></p><textarea><title><style></textarea><img src={BEACON} onerror="{PWN}"></style></title></svg>',
  ],
  [
    'mXSS svg title a id (Chrome 77) 2',
    '<svg></p><title><a id="</title><img src={BEACON} onerror={PWN}>"></textarea></svg>',
  ],
  [
    'mXSS math textarea mi style (Chrome 77)',
    '<math></p><textarea><mi><style></textarea><img src={BEACON} onerror="{PWN}"></mi></math>',
  ],
  [
    'mXSS svg title template style (Chrome 77)',
    '<svg></p><title><template><style></title><img src={BEACON} onerror="{PWN}">',
  ],
  [
    'mXSS math br textarea mtext template',
    '<math></br><textarea><mtext><template><style></textarea><img src={BEACON} onerror="{PWN}">',
  ],
  ['clobbering namespaceURI', '<form><input name=namespaceURI>'],
  [
    'mXSS svg math title style',
    '<svg></p><math><title><style><img src={BEACON} onerror="{PWN}"></style></title>',
  ],
  [
    'attribute mXSS 1: svg p style g title',
    '<svg><p><style><g title="</style><img src={BEACON} onerror="{PWN}">">',
  ],
  [
    'attribute mXSS 2: foreignobject',
    '<svg><foreignobject><p><style><p title="</style><iframe onload&#x3d;{PWN}<!--"></style>',
  ],
  [
    'attribute mXSS 3: annotation-xml',
    '<math><annotation-xml encoding="text/html"><p><style><p title="</style><iframe onload&#x3d;{PWN}<!--"></style>',
  ],
  ['removal mXSS 1: xmp', "<xmp><svg><b><style><b title='</style><img>'>"],
  ['removal mXSS 2: noembed', "<noembed><svg><b><style><b title='</style><img>'>"],
  [
    'nesting mXSS 1: form math mtext mglyph',
    '<form><math><mtext></form><form><mglyph><style><img src={BEACON} onerror="{PWN}">',
  ],
  [
    'nesting mXSS 2: math href in mglyph style',
    '<math><mtext><table><mglyph><style><math href=javascript:{PWN}>CLICKME</math>',
  ],
  [
    'nesting mXSS 3: comment in mglyph style',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src={BEACON} onerror={PWN}&gt;">',
  ],
  [
    'nesting mXSS 4: form svg mtext path id',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror={PWN} src={BEACON}>">',
  ],
  [
    'nesting mXSS 5: table svg mtext path id',
    '<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror={PWN} src={BEACON}>">',
  ],
  [
    'HTML in MathML: h1 a h6 mglyph',
    `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src={BEACON} onerror='{PWN}'>"></style></h1>`,
  ],
  [
    'namespace confusion 1: fake element and noscript',
    'a<svg><xss><desc><noscript>&lt;/noscript>&lt;/desc>&lt;s>&lt/s>&lt;style>&lt;a title="&lt;/style>&lt;img src={BEACON} onerror={PWN}>">',
  ],
  [
    'namespace confusion 2: option FAKEFAKE mglyph',
    `<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src='{BEACON}' onerror='{PWN}'>">`,
  ],
  ['is attribute', '<b is="foo" onclick="{PWN}">bar</b>'],
  [
    'template inside select',
    '<select><template><img src={BEACON} onerror="{PWN}"></template></select>',
  ],
  [
    'search element with a form',
    '<header><h1>Movie website</h1><search><form action="{BEACON}"><label for="movie">Find a Movie</label><input type="search" id="movie" name="q" /><button type="submit">Search</button></form></search></header>',
  ],
]

const IMG: readonly Raw[] = [
  ['img onerror, bare', '<img src=x onerror={PWN}>'],
  ['img onerror to the beacon', '<img src="{BEACON}" onerror="{PWN}">'],
  [
    'img onload on a data: image',
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="{PWN}">',
  ],
  ['img with slashes for spaces', '<img/src="x"/onerror="{PWN}">'],
  ['IMG in capitals with a tab', '<IMG SRC=x\tONERROR="{PWN}">'],
  ['img srcset to the beacon', '<img srcset="{BEACON} 1x, {BEACON} 2x" src="data:,">'],
  ['picture source srcset', '<picture><source srcset="{BEACON}"><img src="{BEACON}"></picture>'],
  ['image with lowsrc and dynsrc', '<img lowsrc="{BEACON}" dynsrc="{BEACON}">'],
  ['input type=image onerror', '<input type="image" src="{BEACON}" onerror="{PWN}">'],
  ['video poster and track', '<video poster="{BEACON}"><track src="{BEACON}"></video>'],
  ['audio onerror', '<audio src="{BEACON}" onerror="{PWN}"></audio>'],
  ['body background', '<body background="{BEACON}" onload="{PWN}">'],
]

const SVG: readonly Raw[] = [
  ['svg script', '<svg><script>{PWN}</script></svg>'],
  ['svg script with an xlink:href', '<svg><script xlink:href="{BEACON}"></script></svg>'],
  ['svg onload', '<svg onload="{PWN}">'],
  ['svg/onload without spaces', '<svg/onload={PWN}>'],
  ['svg animate onbegin', '<svg><animate onbegin="{PWN}" attributeName="x" dur="1s">'],
  [
    'svg set href to javascript:',
    '<svg><a><set attributeName="href" to="javascript:{PWN}"/><text y="20">tap</text></a></svg>',
  ],
  ['svg use with a remote href', '<svg><use href="{BEACON}#x"/></svg>'],
  [
    'svg foreignObject with an img',
    '<svg><foreignObject><img src="{BEACON}" onerror="{PWN}"></foreignObject></svg>',
  ],
  ['svg image href', '<svg><image href="{BEACON}"/></svg>'],
  ['svg feImage', '<svg><filter><feImage href="{BEACON}"/></filter></svg>'],
  ['svg style @import', '<svg><style>@import url({BEACON});</style></svg>'],
  [
    'svg in a data: iframe',
    '<iframe src="data:image/svg+xml,<svg onload=parent.{PWN} xmlns=%22http://www.w3.org/2000/svg%22/>"></iframe>',
  ],
]

const MATHML: readonly Raw[] = [
  [
    'math mtext table mglyph style img',
    '<math><mtext><table><mglyph><style><img src=x onerror="{PWN}">',
  ],
  [
    'math mtext mglyph style img to the beacon',
    '<math><mtext><table><mglyph><style><img src="{BEACON}" onerror="{PWN}">',
  ],
  [
    'math maction xlink:href',
    '<math><maction actiontype="statusline" xlink:href="javascript:{PWN}">click<mtext>here</mtext></maction></math>',
  ],
  ['math href on mi', '<math><mi href="javascript:{PWN}">click</mi></math>'],
  [
    'math annotation-xml svg onload',
    '<math><annotation-xml encoding="text/html"><svg onload="{PWN}"></annotation-xml></math>',
  ],
  ['math malignmark style', '<math><mtext><table><malignmark><style><img src=x onerror="{PWN}">'],
  [
    'math mi style comment',
    '<math><mi><style><!--</style><img src=x onerror="{PWN}">--></style></mi></math>',
  ],
  ['math in a noscript', '<noscript><math><mi><style></noscript><img src=x onerror="{PWN}">'],
]

const URL_SCHEME: readonly Raw[] = [
  ['javascript: link', '<a href="javascript:{PWN}">open</a>'],
  ['JavaScript: in mixed case', '<a href="JaVaScRiPt:{PWN}">open</a>'],
  ['javascript: with a tab', '<a href="java\tscript:{PWN}">open</a>'],
  ['javascript: with an entity tab', '<a href="java&#x09;script:{PWN}">open</a>'],
  ['javascript: with a newline entity', '<a href="java&NewLine;script&colon;{PWN}">open</a>'],
  [
    'javascript: as decimal entities',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{PWN}">open</a>',
  ],
  ['javascript: as padded hex entities', '<a href="&#x0000006A;avascript:{PWN}">open</a>'],
  ['javascript: after leading spaces', '<a href="   javascript:{PWN}">open</a>'],
  ['javascript: percent-encoded', '<a href="javascript%3A{PWN}">open</a>'],
  ['data: text/html link', '<a href="data:text/html,<script>{PWN}</script>">open</a>'],
  [
    'data: base64 link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">open</a>',
  ],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">open</a>'],
  ['javascript: in an area', '<map name=m><area href="javascript:{PWN}" shape=default></map>'],
  ['javascript: in an iframe src', '<iframe src="javascript:{PWN}"></iframe>'],
  ['javascript: in an embed', '<embed src="javascript:{PWN}">'],
  ['javascript: alone, as text', 'javascript:{PWN}'],
  ['a link to the beacon with ping', '<a href="{BEACON}" ping="{BEACON}">read more</a>'],
  ['a link opening a window', '<a href="{BEACON}" target="_blank" rel="opener">read more</a>'],
]

const FORM: readonly Raw[] = [
  [
    'form action to the beacon',
    '<form action="{BEACON}" method="post"><input name="q" value="secret"><button>Send</button></form>',
  ],
  ['form action javascript:', '<form action="javascript:{PWN}"><input type=submit></form>'],
  ['button formaction', '<form><button formaction="javascript:{PWN}">Go</button></form>'],
  [
    'input formaction to the beacon',
    '<form><input type="submit" formaction="{BEACON}" value="Go"></form>',
  ],
  ['form with autofocus onfocus', '<form><input autofocus onfocus="{PWN}"></form>'],
  ['textarea that closes early', '<textarea></textarea><img src=x onerror="{PWN}">'],
  ['select with an onchange', '<select onchange="{PWN}" autofocus><option>a<option>b</select>'],
  ['details ontoggle', '<details open ontoggle="{PWN}"><summary>more</summary>text</details>'],
]

const BASE_META: readonly Raw[] = [
  ['base href to the beacon', '<base href="{BEACON}/">'],
  ['base href javascript:', '<base href="javascript:{PWN}//">'],
  ['base target', '<base target="_blank" href="{BEACON}/">'],
  ['meta refresh to the beacon', '<meta http-equiv="refresh" content="0; url={BEACON}">'],
  ['meta refresh to javascript:', '<meta http-equiv="refresh" content="0; url=javascript:{PWN}">'],
  [
    'meta refresh to data:',
    '<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  ],
  [
    'meta Content-Security-Policy',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`,
  ],
  ['meta set-cookie', '<meta http-equiv="Set-Cookie" content="casefile=pwned">'],
]

const FRAME_OBJECT: readonly Raw[] = [
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.{PWN}</script>"></iframe>'],
  [
    'iframe srcdoc entity-encoded',
    '<iframe srcdoc="&lt;img src=x onerror=parent.{PWN}&gt;"></iframe>',
  ],
  ['iframe src to the beacon', '<iframe src="{BEACON}"></iframe>'],
  ['iframe onload', '<iframe onload="{PWN}"></iframe>'],
  ['frameset', '<frameset><frame src="{BEACON}"></frameset>'],
  ['object data to the beacon', '<object data="{BEACON}"></object>'],
  [
    'object type text/html',
    '<object type="text/html" data="data:text/html,<script>{PWN}</script>"></object>',
  ],
  ['embed src to the beacon', '<embed src="{BEACON}">'],
  [
    'embed image/svg+xml',
    '<embed type="image/svg+xml" src="data:image/svg+xml,<svg onload=\'{PWN}\' xmlns=\'http://www.w3.org/2000/svg\'/>">',
  ],
  ['applet', '<applet code="x" codebase="{BEACON}"></applet>'],
  ['portal', '<portal src="{BEACON}"></portal>'],
]

const LINK_CSS: readonly Raw[] = [
  ['link rel=stylesheet to the beacon', '<link rel="stylesheet" href="{BEACON}">'],
  ['link rel=import', '<link rel="import" href="{BEACON}">'],
  ['link rel=prefetch', '<link rel="prefetch" href="{BEACON}">'],
  ['link rel=preload as script', '<link rel="preload" as="script" href="{BEACON}">'],
  [
    'link rel=dns-prefetch and preconnect',
    '<link rel="dns-prefetch" href="{BEACON}"><link rel="preconnect" href="{BEACON}">',
  ],
  ['link rel=icon', '<link rel="icon" href="{BEACON}">'],
  ['style @import', '<style>@import "{BEACON}";</style>'],
  ['style background url()', '<style>body{background:url("{BEACON}")}</style>'],
  ['style attribute background url()', '<div style="background-image:url({BEACON})">styled</div>'],
  [
    'style @font-face',
    '<style>@font-face{font-family:p;src:url({BEACON})}body{font-family:p}</style>',
  ],
  [
    'style attribute with an escaped url',
    '<div style="background:\\75\\72\\6C({BEACON})">escaped</div>',
  ],
  ['style that hides the page', '<style>*{display:none!important}</style>'],
  ['style expression()', '<div style="width:expression({PWN})">ie</div>'],
]

const CLOBBERING: readonly Raw[] = [
  ['form id=casefile', '<form id="casefile"><input name="invoke" value="{BEACON}"></form>'],
  ['img name=casefile', '<img name="casefile" src="{BEACON}">'],
  ['a id=casefileApi', '<a id="casefileApi" href="{BEACON}">api</a>'],
  [
    'two anchors id=casefile (HTMLCollection)',
    '<a id="casefile"></a><a id="casefile" name="invoke" href="{BEACON}"></a>',
  ],
  [
    'form name=casefile with nested inputs',
    '<form name="casefile"><input name="listDocuments"><input name="saveFile"></form>',
  ],
  ['embed name=casefile', '<embed name="casefile" src="{BEACON}">'],
  ['iframe name=casefile', '<iframe name="casefile" src="{BEACON}"></iframe>'],
  ['object id=casefile', '<object id="casefile" data="{BEACON}"></object>'],
  ['img id=__pwned', '<img id="__pwned" name="__pwned">'],
  ['form id=document clobbering', '<form id="document"><input name="cookie"></form>'],
  ['a id=defaultView', '<a id="defaultView" href="{BEACON}">x</a>'],
  ['img name=currentScript', '<img name="currentScript" src="{BEACON}">'],
  ['clobbering root', '<div id="root">not the app</div>'],
]

const TEMPLATE: readonly Raw[] = [
  ['template with an img', '<template><img src="{BEACON}" onerror="{PWN}"></template>'],
  ['template with a script', '<template><script>{PWN}</script></template>'],
  ['noscript closing into an img', '<noscript><p title="</noscript><img src=x onerror={PWN}>">'],
  ['noscript with an img', '<noscript><img src="{BEACON}"></noscript>'],
  [
    'noembed closing into an img',
    '<noembed><img title="</noembed><img src=x onerror={PWN}>"></noembed>',
  ],
  [
    'noframes closing into an img',
    '<noframes><p title="</noframes><img src=x onerror={PWN}>"></noframes>',
  ],
  ['title closing into a script', '<title><img src="</title><img src=x onerror={PWN}>"></title>'],
  ['plaintext', '<plaintext><img src=x onerror="{PWN}">'],
  [
    'declarative shadow DOM',
    '<div><template shadowrootmode="open"><img src=x onerror="{PWN}"></template></div>',
  ],
  ['custom element is=', '<p is="x-pwn"><img src=x onerror="{PWN}"></p>'],
]

const ENCODED: readonly Raw[] = [
  ['entity-encoded img onerror', '&lt;img src=x onerror="{PWN}"&gt;'],
  ['decimal-entity script', '&#60;script&#62;{PWN}&#60;/script&#62;'],
  ['hex-entity svg onload', '&#x3C;svg onload={PWN}&#x3E;'],
  ['double-encoded script', '&amp;lt;script&amp;gt;{PWN}&amp;lt;/script&amp;gt;'],
  ['percent-encoded script', '%3Cscript%3E{PWN}%3C%2Fscript%3E'],
  ['JS-escaped script', '\\u003cscript\\u003e{PWN}\\u003c/script\\u003e'],
  ['entities without semicolons', '&ltimg src=x onerror={PWN}&gt'],
  ['full-width angle brackets', '\uFF1Cscript\uFF1E{PWN}\uFF1C/script\uFF1E'],
  ['CDATA section', '<![CDATA[<script>{PWN}</script>]]>'],
  ['HTML comment hiding a script', '<!--<script>{PWN}</script>-->'],
]

const MARKDOWN: readonly Raw[] = [
  ['Markdown link to javascript:', '[read the report](javascript:{PWN})'],
  ['Markdown link with an encoded scheme', '[read](java&#x09;script:{PWN})'],
  ['Markdown link to data:', '[read](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['Markdown link to vbscript:', '[read](vbscript:msgbox(1))'],
  ['Markdown autolink javascript:', '<javascript:{PWN}>'],
  ['Markdown reference definition javascript:', '[the source][ref]\n\n[ref]: javascript:{PWN}'],
  ['Markdown image to the beacon', '![a chart]({BEACON})'],
  ['Markdown image with an onerror title', '![x](x "onerror={PWN}")'],
  ['Markdown link with an HTML title', '[a](https://example.org "<img src=x onerror={PWN}>")'],
  ['Markdown raw HTML block', '<div>\n<img src=x onerror="{PWN}">\n</div>'],
  ['Markdown inline raw HTML', 'Before <span onmouseover="{PWN}">hover</span> after'],
  ['Markdown footnote with a script', 'A note[^x]\n\n[^x]: <script>{PWN}</script>'],
  ['Markdown heading with an img', '## <img src=x onerror="{PWN}"> heading'],
  ['Markdown code span of a script', '`<script>{PWN}</script>`'],
  ['Markdown fenced html', '```html\n<script>{PWN}</script>\n```'],
  ['Markdown link with spaces before the scheme', '[read](<  javascript:{PWN}>)'],
  ['Markdown link with an escaped colon', '[read](javascript&colon;{PWN})'],
  [
    'Markdown table with raw HTML',
    '| a | b |\n|---|---|\n| <img src=x onerror={PWN}> | <script>{PWN}</script> |',
  ],
  ['YAML front matter break-out', '---\ntitle: <script>{PWN}</script>\n---'],
]

const POLYGLOT: readonly Raw[] = [
  [
    '0xsobky polyglot',
    'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk={PWN} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd={PWN}//>\\x3e',
  ],
  ['attribute breakout', '"><img src=x onerror="{PWN}">'],
  ['single-quote attribute breakout', "'><svg onload='{PWN}'>"],
  ['script breakout', '</script><script>{PWN}</script>'],
  ['style breakout', '</style><img src=x onerror="{PWN}">'],
  ['textarea breakout', '</textarea><img src=x onerror="{PWN}">'],
  ['title breakout', '</title><img src=x onerror="{PWN}">'],
  ['JS string breakout', "';{PWN};//"],
  ['JSON breakout', '"}]};{PWN};//'],
]

const UNICODE: readonly Raw[] = [
  ['right-to-left override around a script', '\u202Etpircs<\u202C<script>{PWN}</script>'],
  ['zero-width joiner in javascript:', '<a href="java\u200Dscript:{PWN}">open</a>'],
  ['Cyrillic look-alike tag', '<\u0455cript>{PWN}</\u0455cript>'],
  ['soft hyphen in the tag', '<scr\u00ADipt>{PWN}</scr\u00ADipt>'],
  ['line separator in a handler', '<img src=x\u2028onerror="{PWN}">'],
]

const TEMPLATE_INJECTION: readonly Raw[] = [
  ['Angular expression', "{{constructor.constructor('{PWN}')()}}"],
  ['template literal', '${{PWN}}'],
  ['ERB tag', '<%= {PWN} %>'],
  ['Vue directive', '<div v-html="\'<img src=x onerror={PWN}>\'"></div>'],
  [
    'React dangerouslySetInnerHTML in JSON',
    '{"dangerouslySetInnerHTML":{"__html":"<img src=x onerror={PWN}>"}}',
  ],
  ['prototype pollution keys', '{"__proto__":{"innerHTML":"<img src=x onerror={PWN}>"}}'],
]

const GROUPS: readonly (readonly [XssCategory, readonly Raw[]])[] = [
  ['dompurify', DOMPURIFY],
  ['img', IMG],
  ['svg', SVG],
  ['mathml', MATHML],
  ['url-scheme', URL_SCHEME],
  ['form', FORM],
  ['base-meta', BASE_META],
  ['frame-object', FRAME_OBJECT],
  ['link-css', LINK_CSS],
  ['clobbering', CLOBBERING],
  ['template', TEMPLATE],
  ['encoded', ENCODED],
  ['markdown', MARKDOWN],
  ['polyglot', POLYGLOT],
  ['unicode', UNICODE],
  ['template-injection', TEMPLATE_INJECTION],
]

/**
 * Every payload, armed: `{PWN}` becomes `window.__pwned=<probe>` and `{BEACON}` a URL on
 * `beacon` (an origin, no trailing slash) whose path names the payload. Probes count from 1
 * in a fixed order, so a probe value found in a page names its payload.
 */
export function xssPayloads(beacon: string = DEFAULT_BEACON): XssPayload[] {
  const payloads: XssPayload[] = []
  for (const [category, raws] of GROUPS) {
    for (const [name, raw] of raws) {
      const probe = payloads.length + 1
      const id = `xss-${String(probe).padStart(3, '0')}`
      const payload = raw
        .replaceAll('{PWN}', `window.__pwned=${probe}`)
        .replaceAll('{BEACON}', `${beacon}/${id}`)
      payloads.push({ id, probe, category, name, payload })
    }
  }
  return payloads
}
