<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>  waymark clv NPSFILE [CLVFILE] [--format table|json]
                                mean and total CLV per NPS category and CLV at risk per
                                touchpoint; a journey holding both datasets needs no CLVFILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no NPS dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no CLV dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--department needs a department&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waymark import JOURNEY --nps FILE | --clv FILE [--name NAME] [--map COLUMN=FIELD ...]
              [--encoding NAME] [--delimiter C]
                                add NPS responses or CLV values to a journey file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --nps FILE or --clv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]
              [--encoding NAME] [--delimiter C]
                                NPS with n, shares and ±95 %% margin per group; FILE is a
                                responses file (CSV, TSV, JSON, NDJSON) or a journey with an
                                NPS dataset. DIM: journey stage touchpoint segment channel
                                month quarter year
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dimension “%1” (journey, stage, touchpoint, segment, channel, month, quarter, year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nps needs a file: waymark nps FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waymark export JOURNEY --pdf OUT | --png OUT | --svg OUT [--page A4|A3|A2|A1|Letter|Tabloid]
              [--landscape|--portrait] [--fit|--tile] [--summary] [--department NAME]
              [--layers effort,heatmap,emotion,nps,clv] [--scale N] [--lang en|ru|uk|sr|sr_Latn|ko]
                                the map as a PDF (with an executive summary), PNG or SVG
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataOverlay</name>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the index of an entry in &quot;strings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a score from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;nps&quot; or &quot;clv&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortInput</name>
    <message>
        <source>Enter a time such as 90, 1h 30m or 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use h for hours and min for minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hours once, before the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 is not a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to text that is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 is outside 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot; is in a stage that does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot; is in a lane that does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot; names an unknown department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of card &quot;%1&quot; must be 0 minutes or more, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money of card &quot;%1&quot; must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money of card &quot;%1&quot; must be 0 or more, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card &quot;%1&quot;: &quot;%2&quot; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative emotion of card &quot;%1&quot; must be from 0 to 10, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Waymark journey (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour like &quot;#1f77b4&quot; or &quot;#801f77b4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like &quot;3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneySummary</name>
    <message>
        <source>%1 stages, %2 lanes, %3 touchpoints, %4 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpsBadgeItem</name>
    <message>
        <source>NPS %1%2 ±%3 · n %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 answers: fewer than 30, so this NPS is a weak signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpsCharts</name>
    <message>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter (%1 … %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: NPS %3 ± %4 (n %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters, passives and detractors by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s touchpoints highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey NPS (95 % margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers: %2 % promoters, %3 % detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s effort, end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPS trend by quarter appears here once survey answers with dates are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters, passives and detractors per stage appear here with survey data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid colour &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value that is not text (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey&apos;s rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaymarkText</name>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the cards by the customer&apos;s effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic, relative to the costliest card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer&apos;s hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import NPS responses or customer lifetime values from CSV, TSV, JSON or NDJSON files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;NPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS goals per segment and a benchmark to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit NPS goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, imported %2
SHA-256 %3
Rows read %4, imported %5, rejected %6
Encoding: %7
Columns:
%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPS badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an hour of the customer&apos;s time is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the customer&apos;s &amp;hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import NPS Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;NPS on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS badges on cards and stages from the newest NPS dataset (grey and hatched below 30 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import NPS Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::NpsTargetsDialog</name>
    <message>
        <source>NPS Goals and Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department that owns this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m) or h:mm (1:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % margin of error in NPS points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 30 answers: a weak signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
