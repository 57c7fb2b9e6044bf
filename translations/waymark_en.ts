<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardItem</name>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>%n picture on this card: double-click to see it large.</numerusform>
            <numerusform>%n pictures on this card: double-click to see them large.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>%n customer could not be predicted (the model cannot be evaluated for their history)</numerusform>
            <numerusform>%n customers could not be predicted (the model cannot be evaluated for their history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>the fit did not converge after %n iteration; the parameters are the best found, not an optimum</numerusform>
            <numerusform>the fit did not converge after %n iterations; the parameters are the best found, not an optimum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClvTransactions</name>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: %n more row skipped: %2</numerusform>
            <numerusform>%1: %n more rows skipped: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>Converted %1 to %2 (%n touchpoint)</numerusform>
            <numerusform>Converted %1 to %2 (%n touchpoints)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n page, %2 %3</numerusform>
            <numerusform>%1: %n pages, %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>amounts in %1; %n year at a discount rate of %2</numerusform>
            <numerusform>amounts in %1; %n years at a discount rate of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>CLV over %n month at %1 a year: total %2, mean %3 per customer</numerusform>
            <numerusform>CLV over %n months at %1 a year: total %2, mean %3 per customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n comment</numerusform>
            <numerusform>%1 %2: %3, %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (against %n other comment)</numerusform>
            <numerusform> (against %n other comments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: %n dataset refreshed</numerusform>
            <numerusform>%1: %n datasets refreshed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>No valid rows: %Ln row read and refused.</numerusform>
            <numerusform>No valid rows: %Ln rows read, all refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second. Try again when it has finished; if that program is no longer running, delete %5.</numerusform>
            <numerusform>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n seconds. Try again when it has finished; if that program is no longer running, delete %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>%1 is being changed by another program, which still held its lock %2 after %n second. Try again when it has finished.</numerusform>
            <numerusform>%1 is being changed by another program, which still held its lock %2 after %n seconds. Try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityEdits</name>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>%n dot in the vote “%1”.</numerusform>
            <numerusform>%n dots in the vote “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>Create %n opportunity from the vote</numerusform>
            <numerusform>Create %n opportunities from the vote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>delivered in %n month</numerusform>
            <numerusform>delivered in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>does not pay back within %n year</numerusform>
            <numerusform>does not pay back within %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>Over %n year at a %1 % discount rate; benefits start after delivery.</numerusform>
            <numerusform>Over %n years at a %1 % discount rate; benefits start after delivery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… %n more figure: see the business case workbook (waymark business-case --format xlsx)</numerusform>
            <numerusform>… %n more figures: see the business case workbook (waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>Ranked by net present value over %n year at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</numerusform>
            <numerusform>Ranked by net present value over %n years at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… and %n more row not shown on this page</numerusform>
            <numerusform>… and %n more rows not shown on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>%1 customers are expected to spend %2 in the next month (discounted at %3 % a year), %4 each on average.</numerusform>
            <numerusform>%1 customers are expected to spend %2 in the next %n months (discounted at %3 % a year), %4 each on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %3 %4, %n with a comment</numerusform>
            <numerusform>%1. %2 — %3 %4, %n with a comment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>Each persona with what they want, what gets in their way, and the step of the map that weighs on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</numerusform>
            <numerusform>Each persona with what they want, what gets in their way, and the %n steps of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>the only dot of the vote “%1” is used</numerusform>
            <numerusform>all %n dots of the vote “%1” are used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>cannot undo: the %n dot of the vote “%1” is used again (%2 placed one since, change %3)</numerusform>
            <numerusform>cannot undo: all %n dots of the vote “%1” are used again (%2 placed one since, change %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>cannot undo: the %n dot of the vote “%1” is used again</numerusform>
            <numerusform>cannot undo: all %n dots of the vote “%1” are used again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 removed a stage with one card.</numerusform>
            <numerusform>%1 removed a stage with %n cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 removed a lane with one card.</numerusform>
            <numerusform>%1 removed a lane with %n cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>Add %n Picture</numerusform>
            <numerusform>Add %n Pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: %n answer without a score (NULL in column “%2”), left out</numerusform>
            <numerusform>%1: %n answers without a score (NULL in column “%2”), left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n answer with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</numerusform>
            <numerusform>%1: %n answers with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n answer with a score outside %2–%3 in column “%4”, left out: %5</numerusform>
            <numerusform>%1: %n answers with a score outside %2–%3 in column “%4”, left out: %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>reading took longer than %n second; the file asks for far more work than any journey needs</numerusform>
            <numerusform>reading took longer than %n seconds; the file asks for far more work than any journey needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the stage “%1” and its card? You can undo this.</numerusform>
            <numerusform>Delete the stage “%1” and its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the lane “%1” and its card? You can undo this.</numerusform>
            <numerusform>Delete the lane “%1” and its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>%Ln customer has both an answer and a CLV.</numerusform>
            <numerusform>%Ln customers have both an answer and a CLV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln more</numerusform>
            <numerusform>… %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>%Ln answer names a touchpoint no card has — give a card that data key to see it on the map: %1</numerusform>
            <numerusform>%Ln answers name touchpoints no card has — give a card that data key to see them on the map: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the dataset “%1” with its %Ln row? You can undo this.</numerusform>
            <numerusform>Delete the dataset “%1” with its %Ln rows? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>“%1” owns %n card and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</numerusform>
            <numerusform>“%1” owns %n cards and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EvidenceField</name>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>measured: %Ln answer</numerusform>
            <numerusform>measured: %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>Pict&amp;ures on the cards after the map (%n)</numerusform>
            <numerusform>Pict&amp;ures on the cards after the map (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln row cannot be imported. %1 valid row(s) can.</numerusform>
            <numerusform>%Ln rows cannot be imported. %1 valid row(s) can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>%Ln row will be imported</numerusform>
            <numerusform>%Ln rows will be imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln row imported from %1.</numerusform>
            <numerusform>%Ln rows imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>%Ln row refused: it is not in the dataset.</numerusform>
            <numerusform>%Ln rows refused: they are not in the dataset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>Lifetime value over the next month: &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</numerusform>
            <numerusform>Lifetime value over the next %n months: &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Gamma-Gamma spend (%n repeat buyer)</numerusform>
            <numerusform>Gamma-Gamma spend (%n repeat buyers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1 (%2): %n card, customer time %3</numerusform>
            <numerusform>%1 (%2): %n cards, customer time %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln row from %1</numerusform>
            <numerusform>Imported %Ln rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>Exported %Ln page</numerusform>
            <numerusform>Exported %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>%n opportunity created from the vote: fill in its costs and effects in the Opportunities dock.</numerusform>
            <numerusform>%n opportunities created from the vote: fill in their costs and effects in the Opportunities dock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n row cannot be read and will be left out (see Details).</numerusform>
            <numerusform>%n rows cannot be read and will be left out (see Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln purchase from %1</numerusform>
            <numerusform>Imported %Ln purchases from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>%n card selected where customers use this term distinctly often.</numerusform>
            <numerusform>%n cards selected where customers use this term distinctly often.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>Connection to %1 lost — trying again in %n s</numerusform>
            <numerusform>Connection to %1 lost — trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>Counting %n dataset on the server…</numerusform>
            <numerusform>Counting %n datasets on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>%n dataset refreshed from the server.</numerusform>
            <numerusform>%n datasets refreshed from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● One change waiting to be sent</numerusform>
            <numerusform>● %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — one change kept on this laptop</numerusform>
            <numerusform>%1 — %n changes kept on this laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop&apos;s copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>Offline: this laptop&apos;s copy of %1 — trying the server again in %n s</numerusform>
            <numerusform>Offline: this laptop&apos;s copy of %1 — trying the server again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::MembersDialog</name>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>One change not saved yet</numerusform>
            <numerusform>%n changes not saved yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>One member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>Discard one change to the members without saving?</numerusform>
            <numerusform>Discard %n changes to the members without saving?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>One journey on %1. Double-click it to open it.</numerusform>
            <numerusform>%n journeys on %1. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>All %n opportunity together:</numerusform>
            <numerusform>All %n opportunities together:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>“%1”, %n opportunity:</numerusform>
            <numerusform>“%1”, %n opportunities:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>NPV %1 over %n year</numerusform>
            <numerusform>NPV %1 over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>pays back in %n month</numerusform>
            <numerusform>pays back in %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>Net present value over %n year at %1 %: %2</numerusform>
            <numerusform>Net present value over %n years at %1 %: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ParticipantsPanel</name>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1 wrote %Ln card, so they stay on the list: the card keeps its author.</numerusform>
            <numerusform>%1 wrote %Ln cards, so they stay on the list: the cards keep their author.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1 placed %Ln dot, so they stay on the list: the vote keeps its voter.</numerusform>
            <numerusform>%1 placed %Ln dots, so they stay on the list: the votes keep their voter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>“%1” is named on one card.</numerusform>
            <numerusform>“%1” is named on %n cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>Adding %n picture…</numerusform>
            <numerusform>Adding %n pictures…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>A card holds at most %1 pictures: %n picture was left out.</numerusform>
            <numerusform>A card holds at most %1 pictures: %n pictures were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>%n picture was added; some were not:</numerusform>
            <numerusform>%n pictures were added; some were not:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>%n journey in this folder.</numerusform>
            <numerusform>%n journeys in this folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>%n file cannot be read; it is listed in red with the reason.</numerusform>
            <numerusform>%n files cannot be read; they are listed in red with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n measured</numerusform>
            <numerusform>%n measured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ReplayReportDialog</name>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>One change made while offline reached the server</numerusform>
            <numerusform>%n changes made while offline reached the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1; one met a change by someone else (see the report)</numerusform>
            <numerusform>%1; %n met changes by others (see the report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1; one still waits for the connection</numerusform>
            <numerusform>%1; %n still wait for the connection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoiceDock</name>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>“%1”: %n comment from %2</numerusform>
            <numerusform>“%1”: %n comments from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>%n comment contains “%1”</numerusform>
            <numerusform>%n comments contain “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoiceTermsModel</name>
    <message numerus="yes">
        <source>“%1”: %n time(s) in these comments, %2 in all others; log-odds %3, z = %4</source>
        <translation>
            <numerusform>“%1”: %n time in these comments, %2 in all others; log-odds %3, z = %4</numerusform>
            <numerusform>“%1”: %n times in these comments, %2 in all others; log-odds %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>%Ln card on the map can get dots.</numerusform>
            <numerusform>%Ln cards on the map can get dots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>Open: %1 — %2, %Ln dot each.</numerusform>
            <numerusform>Open: %1 — %2, %Ln dots each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopDock</name>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>Connected now (%n): %1</numerusform>
            <numerusform>Connected now (%n): %1</numerusform>
        </translation>
    </message>
</context>
</TS>
