/** Interface texts of the follow-up's settings pages (Swedish first; English beside). */
export const svSettings = {
	settingsFulfilment: 'Måluppfyllelse',
	settingsPartlyBand: 'Gräns för delvis uppfyllt (procent)',
	settingsPartlyBandHint:
		'Ett utfall som inte når årsmålet men ligger inom gränsen bedöms som ”{partly}”. Gränsen räknas i procent av årsmålet, inte i procentenheter. Exempel: med årsmålet {target} och gränsen {band} är ett utfall på {from}–{to} ”{partly}”, och bedömningen lyder då: ”{reason}” Där lägre är bättre gäller det omvända, upp till gränsen över årsmålet. Skriv ett tal mellan 0 och 50, till exempel 5 eller 2,5.'
} as const;

export const enSettings: Record<keyof typeof svSettings, string> = {
	settingsFulfilment: 'Goal fulfilment',
	settingsPartlyBand: 'Band for partly met (percent)',
	settingsPartlyBandHint:
		'An outcome that falls short of the annual target but stays within the band is judged “{partly}”. The band is a percentage of the target, not percentage points. Example: with a target of {target} and a band of {band}, an outcome of {from}–{to} is “{partly}”, and the judgement reads: “{reason}” Where lower is better it works the other way round, up to the band above the target. Enter a number from 0 to 50, for example 5 or 2.5.'
};
