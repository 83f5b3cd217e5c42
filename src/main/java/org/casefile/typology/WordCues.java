package org.casefile.typology;

/**
 * The word cues the rules look for, each an idea written as many phrasings (see {@link Cue} for how text is
 * folded first). They are deliberately broad: a cue is one piece of evidence among several, weighed against
 * the relationship and the context, never a verdict on its own.
 */
final class WordCues {
    private WordCues() {
    }

    /** Pleading to get back together: the hallmark of a rejected stalker's first phase. */
    static final Cue RECONCILE = Cue.of("reconcile",
            "come (?:back|home)", "coming (?:back|home)", "(?:get|getting|got|go|going) back together",
            "back together", "take me back", "(?:another|second|one more|last) chance", "start (?:again|over|afresh)",
            "try again", "make (?:it|this|us) work", "work (?:it|this|things) out", "sort (?:it|this|things|us) out",
            "miss(?:ed|ing)? (?:you|us|the kids|our)", "i ?a?m (?:so |really )?sorry", "forgive me",
            "beg(?:s|ged|ging)?(?: you)?", "plead(?:s|ed|ing)?", "cant live without you",
            "(?:still|always will|will always) love you", "love you still", "(?:we were|we are|were) (?:so )?good together",
            "our (?:family|home|kids|children|life together|marriage)", "reconcil(?:e|ed|es|ing|iation)",
            "i ?(?:will|ll|can|have|ve) change(?:d)?", "(?:you are|youre) my (?:whole )?(?:life|world)",
            "come to your senses", "give (?:us|it) (?:a|another) (?:go|try)", "give me another (?:go|try)", "talk to me please",
            "just talk to me", "after everything we (?:had|have|shared|built)", "throw(?:ing)? (?:it|us) away");

    /** Anger, revenge, contempt: "you will pay". Seen in rejected stalkers after pleading, and in resentful ones. */
    static final Cue REVENGE = Cue.of("revenge",
            "(?:you ?(?:will|ll)|you ?(?:are|re) (?:going to|gonna)|your (?:going to|gonna)) (?:pay|regret|be sorry|suffer|see)",
            "make you (?:pay|suffer|sorry|regret)", "pay for (?:this|that|what|it)", "reveng(?:e|ed|ing)",
            "get(?:ting)? (?:even|back at)", "teach you a lesson", "hate you", "watch your back",
            "(?:had|got|have) it coming", "you deserve (?:this|it|everything|what)", "bitch", "slag", "whore", "slut",
            "(?:ruin|destroy|finish)(?:ed|ing)? (?:you|your life|your)", "if i cant have you",
            "no ?(?:one|body) else (?:will|can|is going to) have you", "see what happens", "sorry you ever",
            "rot in hell", "burn (?:in hell|your)");

    /** A sense of having been wronged: a decision, a dispute, a complaint, a ruined career. */
    static final Cue GRIEVANCE = Cue.of("grievance",
            "ruin(?:ed|ing|s)? my (?:career|life|business|reputation|name|family)",
            "(?:cost|took) me my (?:job|career|house|home|kids|children|licence|license|business|livelihood|pension)",
            "lost my (?:job|career|licence|license|business|livelihood|pension|tenancy)",
            "(?:sacked|fired|dismissed|struck off|sanctioned|evicted|banned|suspended) me",
            "got me (?:sacked|fired|dismissed|evicted|banned|suspended|struck off)",
            "unfair(?:ly)?", "injustice", "unjust(?:ly)?", "wronged me", "what you (?:did|have done|ve done) to me",
            "complain(?:t|ts|ed|ing)?", "grievances?", "tribunal", "ombudsman", "report(?:ed|ing)? you",
            "misconduct", "negligen(?:t|ce)", "incompeten(?:t|ce)", "abuse of (?:power|position|authority)",
            "(?:your|the|that) (?:decision|ruling|verdict|assessment|report)", "boundary", "fence", "hedge",
            "parking", "noise", "(?:held|hold you|be held) to account", "accountab(?:le|ility)",
            "expos(?:e|ed|ing) (?:you|what you)", "(?:everyone|the world|people|they) (?:will|should|needs? to) know",
            "justice", "(?:the )?(?:real )?victim here", "victimi[sz](?:ed|ing|ation)", "persecut(?:e|ed|ing|ion)",
            "humiliat(?:e|ed|ing|ion)", "made a fool of me", "su(?:e|ing) you", "lawyers?", "solicitors?",
            "you people", "corrupt(?:ion)?", "cover(?:ed)? up", "lied about me", "your lies");

    /** The belief in a destined or secretly returned love. */
    static final Cue DESTINY = Cue.of("destiny",
            "soul ?mates?", "meant (?:to be|for each other|for me|for you)", "destin(?:y|ed)", "fated?",
            "(?:the )?universe", "signs? (?:from|that you)", "(?:you|u) (?:gave|sent|give|send|left) me (?:a |the )?signs?",
            "the way you (?:looked|look|smiled|smile)", "you (?:smiled|looked|winked) at me", "made for each other",
            "twin flames?", "true love", "i know you (?:love|loved|want|wanted|feel|felt|care|cared|need|needed)", "you (?:love|want|need) me (?:too|as well|really)",
            "deep down you", "you cant deny", "belong together", "marr(?:y|ied|iage)", "wedding",
            "our (?:love|connection|bond|future)", "(?:god|fate|heaven) (?:wants|sent|brought|chose|intended|told)",
            "chosen (?:one|me|you)", "my (?:future )?(?:wife|husband|bride|beloved|angel|darling|princess|queen|goddess)",
            "forever yours", "yours forever", "always be mine", "we ?(?:are|re) (?:connected|meant)", "hard to get",
            "you feel (?:it|the same)", "secretly (?:love|want)", "(?:you ?(?:are|re)|u r|ur) the one", "love of my life",
            "(?:we ?(?:will|ll|can|could|are going to|re going to|are meant to|re meant to)) be together",
            "the life we (?:will|ll|could|are going to|re going to|would) (?:have|share|build|live)",
            "wanted to say yes", "(?:your|the) (?:job|husband|wife|partner|family|rules|work) (?:stops|is stopping|wont let|keeps) you", "our (?:hearts|souls)", "hearts? (?:are|is|were) (?:linked|connected|joined|bound|one)",
            "(?:never|never ever) (?:part|be apart|be parted|be separated)", "forever (?:yours|together|mine)",
            "together forever", "wait(?:ing)? (?:for you )?forever", "love you forever",
            // Reading signs into neutral acts: a song, a post, a look at a camera "meant for me".
            "(?:sang|sing|sings|singing|posted|posting|wrote|writing|dressed|wore|wearing|played|playing) (?:it |that |this )?(?:to|for) me",
            "(?:spoke|speak|speaks|speaking|talked|talking) to me (?:through|in|with|on|from)",
            "(?:looked|look|looks|looking|stared|staring|smiled|smiling) (?:into|at|through) the (?:camera|screen|lens|window|crowd|audience)",
            "(?:it|that|this) was (?:meant |really )?for me", "messages? (?:to|for) me in",
            "(?:songs?|posts?|photos?|pictures?|videos?|dress|look|smile|wave) (?:you \\w+ )?(?:was|is|were) (?:meant |really |all )?for me");

    /** Jealousy of the client's partner or friends. */
    static final Cue JEALOUSY = Cue.of("jealousy",
            "who (?:is|was) (?:he|she|that|the)", "(?:that|the) (?:man|guy|bloke|woman|girl|lad) you", "saw you with",
            "(?:leave|dump|finish with) (?:him|her)", "(?:he|she) ?(?:is|s) not (?:good enough|right) for you",
            "(?:doesnt|does not|dont|do not) deserve you", "jealous(?:y)?");

    /** Asking for a date or for sex, often crudely, knowing the answer is no. */
    static final Cue DATING = Cue.of("dating",
            "(?:go|going|come|coming) out with me", "ask(?:ed|ing)? (?:you|her|him) out", "(?:a|on a|one|just one|first) date",
            "date (?:with )?me", "(?:dinner|drinks?|coffee) (?:with me|sometime|together|tonight)",
            "(?:buy|get) you a drink", "your (?:number|digits)", "fancy (?:you|a drink)",
            "(?:sexy|gorgeous|hot|fit) (?:girl|lady|woman|man|thing|legs|body)",
            "(?:youre|you are|ur) (?:so |well |proper )?(?:sexy|hot|fit|gorgeous)", "sleep with", "hook ?up", "shag",
            "(?:have|want|give you) sex", "in bed", "nudes?", "send (?:me )?(?:a )?(?:pics?|pictures?|photos?|selfies?)",
            "kiss(?:ing)? me", "(?:your|ur) (?:body|legs|boobs|tits|arse|ass|bum)", "(?:are|r) (?:you|u) single",
            "(?:have|got) a (?:boyfriend|girlfriend|fella)", "just (?:one|a) (?:drink|coffee|date)",
            "turn(?:ed|ing|s)? me down", "said no to me", "(?:your|ur) loss", "plenty (?:more|of other) (?:fish|women|girls|men)",
            "(?:wanna|want to|fancy|lets|shall we) (?:meet|go)(?: up)? for (?:a )?(?:drink|coffee|dinner|meal)", "u up", "play hard to get", "what have you got to lose",
            "(?:let me|can i|could i|i ?(?:will|ll|want to|wanna)) take you (?:out|for (?:a )?(?:drink|dinner|meal|coffee))",
            "take you out", "(?:one|that|our) (?:dinner|drink|meal|coffee)", "(?:a )?(?:dinner|drinks?) date",
            "(?:nice|lovely|great|sexy|gorgeous|fit) (?:legs|arse|ass|bum|body|tits|boobs|figure|lips)");

    /** Covert watching and information gathering, with little or no direct contact. */
    static final Cue SURVEILLANCE = Cue.of("surveillance",
            "watch(?:ed|es|ing)? (?:her|him|me|them|the house|the flat|from|through|outside)",
            "parked (?:outside|opposite|across|near|up|down)", "s[ai]t(?:ting)? in (?:a|his|her|the) (?:car|van)",
            "(?:a|the|same|his) (?:car|van) (?:parked|outside|sat|again)", "hid(?:ing|den)?",
            "lurk(?:ed|ing|s)?", "cameras?", "photograph(?:ed|s|ing)?", "(?:took|taking) (?:photos|pictures)",
            "binoculars", "peer(?:ed|ing|s)?", "through (?:the|my|her|his) window", "at (?:the|my|her) window",
            "tracker", "gps", "air ?tags?", "tracking device", "spyware", "stalkerware", "knew where", "knows where",
            "(?:my|her|his|their) (?:routine|movements|schedule|timetable)", "without (?:a word|speaking|saying anything)",
            "never (?:spoke|speaks|said|says|approached|approaches|made contact|contacted)", "didnt (?:say|speak)",
            "silent(?:ly)?", "in silence", "said nothing", "not a word", "same (?:man|person|car|van|figure)",
            "(?:stood|standing|waiting) (?:across|outside|opposite|at the end)", "shadow(?:ed|ing|s)?",
            "in the (?:dark|bushes|shadows)", "(?:went|going|gone) through (?:my|her|the) (?:bins|rubbish|post|mail)",
            "notebook", "list of (?:my|her|his) \\w+");

    /** Sexual menace: talk of what they want to do, watching someone undress, a sexual assault. */
    static final Cue SEXUAL = Cue.of("sexual",
            "rap(?:e|ed|ing)", "what i ?(?:will|ll|want to|am going to|m going to|m gonna) do to you",
            "tie you up", "(?:watching|watched|watch|saw|seen) you (?:undress|undressing|in the shower|shower|sleep|sleeping|in bed)",
            "expos(?:ed|ing) (?:himself|herself|his)", "masturbat(?:e|ed|ing)", "underwear", "knickers", "lingerie",
            "(?:i ?(?:will|ll)|gonna) (?:have|get|take) you");
}
