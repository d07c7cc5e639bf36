import type { Actions, PageServerLoad } from './$types';
import { loadStatusPage, workflowActions } from '$lib/forms/workflow-actions';

export const load: PageServerLoad = ({ params }) => loadStatusPage(params, 'verksamhetsplan', `/org/${params.slug}/${params.year}`);

export const actions: Actions = workflowActions(() => 'verksamhetsplan');
