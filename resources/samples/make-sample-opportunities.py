# How the sample's business case was made (opportunities, scenarios, business settings), kept
# for the record: run once on the sample without opportunities, then translate with
# i18n/sample-strings.py extract and build. Numbers are illustrative, chosen to be plausible;
# the detractor moves written below were afterwards divided by 10 in the sample files (one fix
# moves a few percent of a touchpoint's detractors, not a third of them) and the costs multiplied
# by 5 (what a bank pays for such a change, licences and integration included).
import json, uuid
from pathlib import Path
import sys
p = Path(sys.argv[1]) if len(sys.argv) > 1 else Path('retail-bank-account.waymark.json')
d = json.loads(p.read_text(encoding='utf-8'))
assert not d['opportunities']
cards = {}
for s in d['stages']:
    for t in s['touchpoints']:
        cards[t['dataKey']] = (t['id'], s['id'], t['lane'])
lanes = {l['name']: l['id'] for l in d['lanes']}
deps = {x['name']: x['id'] for x in d['departments']}
stages = [s['id'] for s in d['stages']]
uid = lambda: str(uuid.uuid4())

def target(kind='same', amount=0):
    return {'kind': kind, 'amount': amount}

def change(key, removes=False, minutes=None, money=None, emotion=None, reach=1, contacts=0, passives=0, promoters=0):
    return {'card': cards[key][0], 'removesCard': removes,
            'minutes': minutes or target(), 'money': money or target(), 'emotion': emotion or target(),
            'reach': reach, 'contactsAvoided': contacts, 'detractorsToPassives': passives, 'detractorsToPromoters': promoters}

def added(stage, lane, title, channel, minutes, emotion):
    return {'id': uid(), 'stage': stages[stage], 'lane': lanes[lane], 'title': title, 'channel': channel,
            'effort': {'minutes': minutes, 'money': {'amount': 0, 'currency': 'EUR'}, 'emotion': emotion}}

def opportunity(title, description, type_, owner, status, one_off, running, months, confidence, evidence, changes, addedCards=()):
    return {'id': uid(), 'title': title, 'description': description, 'type': type_, 'owner': deps[owner], 'status': status,
            'oneOffCost': {'amount': one_off, 'currency': 'EUR'}, 'runningCostPerYear': {'amount': running, 'currency': 'EUR'},
            'monthsToDeliver': months, 'confidence': confidence, 'evidence': evidence,
            'changes': list(changes), 'addedCards': list(addedCards), 'systems': []}

kyc = opportunity(
    'Instant identity check in the app',
    'Replace the manual document review with automated ID verification and a video selfie, so most applicants are verified in minutes instead of two days.',
    'technology', 'Digital & IT', 'approved', 140000, 36000, 6, 'medium',
    'Vendor pilot with 2,000 applicants: 82 % verified within 10 minutes. Quote: EUR 140k for licence and integration, then about EUR 3 per check.',
    [change('kyc-upload', minutes=target('percent', 40), emotion=target('value', 4), passives=0.1),
     change('kyc-wait', emotion=target('value', 3), reach=0.85, passives=0.35, promoters=0.15),
     change('kyc-additional-docs', minutes=target('percent', 50), emotion=target('value', 4), reach=0.3, contacts=0.6, passives=0.2, promoters=0.05)])
tracker = opportunity(
    'Application status tracker',
    'Show in the app where the application stands and send a push message at each step, so customers no longer call to ask.',
    'communication', 'Operations', 'in-progress', 45000, 6000, 3, 'high',
    '32 % of contact-centre calls during onboarding ask about the status (call reasons, Q3).',
    [change('no-status', removes=True, reach=0),
     change('kyc-wait', emotion=target('percent', 40), passives=0.2, promoters=0.05),
     change('kyc-additional-docs', minutes=target('percent', 30), emotion=target('value', 5), reach=0.3, passives=0.1)],
    [added(3, 'Touchpoints', "Push message: 'Documents checked, decision today'", 'mobile-app', 0.5, 1)])
eligibility = opportunity(
    'Eligibility check before applying',
    'Three questions on the product page tell a new resident whether they can open the account and which documents to have ready.',
    'process', 'Retail network', 'idea', 18000, 2000, 2, 'high',
    'About 1,400 eligibility calls a month; detractors often mention unclear rules for newcomers.',
    [change('eligibility-call', minutes=target('value', 5), emotion=target('value', 2), reach=0.15, contacts=0.7, passives=0.3, promoters=0.1),
     change('eligibility-unclear', removes=True, reach=0),
     change('product-page', minutes=target('percent', 20), emotion=target('value', 2), passives=0.1)],
    [added(1, 'Touchpoints', 'Answers three eligibility questions', 'web', 1, 1)])
prefill = opportunity(
    'Pre-filled application that saves progress',
    'Read name, address and tax number from the ID document, and let an application paused on the web continue in the app.',
    'technology', 'Digital & IT', 'idea', 90000, 12000, 5, 'medium',
    'Form analytics: 41 % of drop-outs happen at the address and tax step.',
    [change('application-form', minutes=target('percent', 60), emotion=target('value', 2), reach=0.8, passives=0.15, promoters=0.05),
     change('web-to-app-break', removes=True, reach=0),
     change('advisor-keying', reach=0.4, contacts=0.5)])
signature = opportunity(
    'Branch-free signature and closing',
    'Accept a qualified electronic signature for the account contract and for closing the account, so neither needs a branch visit or a signed letter.',
    'policy', 'Retail network', 'idea', 60000, 15000, 8, 'low',
    'Legal confirmed that e-signatures are accepted for both. Customers who moved abroad now close their accounts by letter.',
    [change('branch-appointment', removes=True, reach=0.4, contacts=1, passives=0.3, promoters=0.2),
     change('account-closure', minutes=target('value', 10), money=target('value', 0), emotion=target('value', 3), reach=0.05, contacts=0.8, passives=0.4, promoters=0.1),
     change('closure-offline', removes=True, reach=0)],
    [added(2, 'Customer actions', 'Signs the contract with an e-signature in the app', 'mobile-app', 2, 2)])

opps = [kyc, tracker, eligibility, prefill, signature]
d['opportunities'] = opps
quick = {'id': uid(), 'name': 'Quick wins', 'opportunities': [eligibility['id'], tracker['id']]}
full = {'id': uid(), 'name': 'Full programme', 'opportunities': [o['id'] for o in opps]}
d['scenarios'] = [quick, full]
settings = dict(d['settings'])
settings.update({'business/customersPerYear': '120000', 'business/costPerContact/phone': '6.5',
                 'business/costPerContact/branch': '28', 'business/horizonYears': '3',
                 'business/discountRate': '0.08', 'business/scenario': full['id']})
d['settings'] = {k: settings[k] for k in sorted(settings)}
p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
